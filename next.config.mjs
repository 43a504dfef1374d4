import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // a second build directory lets a developer run `next dev` beside a production build
  distDir: process.env.QUANZE_NEXT_DIST ?? '.next',
  typescript: { ignoreBuildErrors: true }, // `npm run typecheck` checks types; the build need not repeat it
  eslint: { ignoreDuringBuilds: true },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = { '.cjs': ['.cts', '.cjs'], '.js': ['.ts', '.tsx', '.js', '.jsx'], '.mjs': ['.mts', '.mjs'] }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
