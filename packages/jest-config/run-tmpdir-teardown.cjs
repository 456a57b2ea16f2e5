module.exports = require('./run-tmpdir.cjs').teardown;
