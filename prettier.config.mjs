// The house style: no semicolons, single quotes, long lines (tables of fields read better on one line).
export default {
  semi: false,
  singleQuote: true,
  printWidth: 160,
  trailingComma: 'all',
  arrowParens: 'always',
}
