// Vercel's Node runtime serves every file under api/ as a function; vercel.json rewrites /api/* here.
// The API itself is built by `pnpm build` into apps/api/dist: this file only hands its handler over.
const { default: handler } = require('../apps/api/dist/serverless.js');

module.exports = handler;
