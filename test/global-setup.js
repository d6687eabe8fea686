// Tests that run the CLI or the bot as a child process need dist/ built; build it once, before any of them
// start, so parallel test files never race to compile.
module.exports = async () => {
  require('../bin/ensure-built').ensureBuilt();
};
