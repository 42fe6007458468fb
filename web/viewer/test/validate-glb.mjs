// Validates binary glTF files with the Khronos glTF validator, for the 3D Tiles tests:
//   node validate-glb.mjs FILE...
// Prints one JSON object: for each file its numbers of errors, warnings and infos, and the messages of the first few.
import { readFileSync } from 'fs';
import validator from 'gltf-validator';

const result = {};
for (const file of process.argv.slice(2)) {
  // the validator does not know EXT_mesh_features and EXT_structural_metadata: it says so as infos
  const report = await validator.validateBytes(new Uint8Array(readFileSync(file)), { uri: file });
  result[file] = {
    errors: report.issues.numErrors,
    warnings: report.issues.numWarnings,
    infos: report.issues.numInfos,
    messages: report.issues.messages.slice(0, 10).map(m => m.code + ' ' + m.pointer + ': ' + m.message),
    extensionsUsed: report.info ? report.info.extensionsUsed || [] : [],
  };
}
console.log(JSON.stringify(result));
