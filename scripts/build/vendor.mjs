// The packages only some commands use (the schema library, colours, the prompts, the MCP SDK), each bundled
// into a file of its own under dist/cjs/vendor/ and required when first used, so the CLI file stays small;
// and the esbuild plugin that points the CLI's imports of them at those files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { DIST, ESBUILD, ROOT } from './common.mjs';

export const VENDOR = ['zod', 'chalk', '@inquirer/prompts'];
export const vendorFile = (name) => `vendor/${name.replace('/', '__')}.cjs`;
// The MCP SDK (only `model-advisor mcp` loads it): its server and stdio transport in one file, using the zod
// file above rather than a copy of its own (the SDK imports "zod/v4", which in zod 4 is "zod").
export const MCP_FILE = vendorFile('@modelcontextprotocol/server');
const MCP_SDK = {
  '@modelcontextprotocol/server': ['Server'],
  '@modelcontextprotocol/server/stdio': ['StdioServerTransport'],
};

/** The CLI's imports of those packages become requires of their files. */
export const vendorPlugin = {
  name: 'vendor',
  setup(build) {
    build.onResolve({ filter: /^[@a-z]/ }, (args) => {
      if (args.path in MCP_SDK) return { path: `./${MCP_FILE}`, external: true };
      return VENDOR.includes(args.path) ? { path: `./${vendorFile(args.path)}`, external: true } : undefined;
    });
  },
};

export async function bundleVendors() {
  for (const name of VENDOR) {
    const pkgJson = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
    // An ES module package keeps its named exports (and default, if any); a CommonJS one is passed through.
    const esm = pkgJson.type === 'module';
    const attempts = esm
      ? [`export * from '${name}'; export { default } from '${name}';`, `export * from '${name}';`]
      : [`module.exports = require('${name}');`];
    for (const [i, contents] of attempts.entries()) {
      try {
        await esbuild.build({
          ...ESBUILD,
          format: 'cjs',
          logLevel: i < attempts.length - 1 ? 'silent' : 'warning',
          stdin: { contents, resolveDir: ROOT, loader: 'js', sourcefile: `${name}.js` },
          outfile: join(DIST, 'cjs', vendorFile(name)),
        });
        break;
      } catch (e) {
        if (i === attempts.length - 1) throw e;
      }
    }
  }
  await esbuild.build({
    ...ESBUILD,
    format: 'cjs',
    stdin: {
      contents: Object.entries(MCP_SDK)
        .map(([name, names]) => `export { ${names.join(', ')} } from '${name}';`)
        .join('\n'),
      resolveDir: ROOT,
      loader: 'js',
      sourcefile: 'mcp-server.js',
    },
    plugins: [
      {
        name: 'shared-zod',
        setup(build) {
          build.onResolve({ filter: /^zod(\/v4)?$/ }, () => ({ path: './zod.cjs', external: true }));
        },
      },
    ],
    outfile: join(DIST, 'cjs', MCP_FILE),
  });
}
