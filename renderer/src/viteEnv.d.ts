/**
 * Vite's client types: stylesheet imports (`import './styles/base.css'`) and `import.meta.env`,
 * which the renderer's bundler provides.
 */
/// <reference types="vite/client" />
