/** What every command of the command line shares: its output writers. */
package org.strata.web.console;
