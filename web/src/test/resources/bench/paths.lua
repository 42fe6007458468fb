-- wrk script for scripts/bench: cycles through the request paths in the file named by WRK_PATHS, one per line,
-- each thread from its own starting line; sends WRK_AUTH as the Authorization header when it is set.
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do
  paths[#paths + 1] = line
end
local next_path = 0
local auth = os.getenv("WRK_AUTH")

function init(args)
  next_path = math.random(#paths) - 1
end

function request()
  next_path = next_path % #paths + 1
  local headers = {}
  if auth and auth ~= "" then
    headers["Authorization"] = auth
  end
  return wrk.format("GET", paths[next_path], headers)
end

function done(summary, latency, requests)
  io.write(string.format("strata-bench requests=%d errors=%d non2xx=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50), latency:percentile(99)))
end
