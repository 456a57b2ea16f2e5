module.exports = require('./run-tmpdir.cjs').setup;
