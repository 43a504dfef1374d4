import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql'
import type { RequestHandler } from 'express'
import { MAX_LIMIT, MAX_PATTERN_LENGTH } from './rest-guards'
import { refuse } from './problem'

/**
 * Checks a GraphQL request before Payload runs it. Payload's complexity rule recurses into cyclic
 * fragments before graphql-js reports the cycle (a stack overflow, a 500 with an empty body), and
 * its queries take `limit: 0` (everything) and LIKE patterns the database chokes on. So the
 * document is parsed here with a token budget and refused with a 400 when it nests too deep,
 * spreads fragments in a cycle, or asks for too much.
 */
export const GRAPHQL_MAX_DEPTH = 10
export const GRAPHQL_MAX_TOKENS = 5_000

export const guardGraphql: RequestHandler = (req, _res, next) => {
  const body = req.jsonBody
  if (req.method !== 'POST') return next()
  if (!body || typeof body.query !== 'string') return next(refuse(400, 'send a JSON body { "query": "…", "variables": { … } }'))
  let document: DocumentNode
  try {
    document = parse(body.query, { maxTokens: GRAPHQL_MAX_TOKENS })
  } catch (error) {
    return next(graphqlRefusal((error as Error).message))
  }
  const variables = body.variables && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : {}
  try {
    checkDocument(document, variables)
  } catch (error) {
    return next(error)
  }
  next()
}

function graphqlRefusal(message: string) {
  const refusal = refuse(400, message, 'Invalid GraphQL request')
  // GraphQL clients look for `errors[].message`
  ;(refusal.body as { errors?: unknown }).errors = [{ message }]
  return refusal
}

function checkDocument(document: DocumentNode, variables: Record<string, unknown>): void {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  const depths = new Map<string, number>()
  const depthOf = (set: SelectionSetNode, visiting: string[]): number => {
    let deepest = 0
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        for (const argument of selection.arguments ?? []) checkArgument(argument.name.value, argument.value, variables)
        deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, visiting) : 0))
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting))
      } else {
        const name = selection.name.value
        if (visiting.includes(name))
          throw graphqlRefusal(`Cannot spread fragment "${name}" within itself via ${[...visiting.slice(visiting.indexOf(name) + 1), name].join(', ')}.`)
        const fragment = fragments.get(name)
        if (!fragment) continue // graphql-js reports the unknown fragment
        if (!depths.has(name)) depths.set(name, depthOf(fragment.selectionSet, [...visiting, name]))
        deepest = Math.max(deepest, depths.get(name)!)
      }
      if (deepest > GRAPHQL_MAX_DEPTH) throw graphqlRefusal(`the query nests deeper than ${GRAPHQL_MAX_DEPTH} levels`)
    }
    return deepest
  }
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) depthOf(definition.selectionSet, [])
    if (definition.kind === Kind.FRAGMENT_DEFINITION) depthOf(definition.selectionSet, [definition.name.value])
  }
}

function checkArgument(name: string, node: ValueNode, variables: Record<string, unknown>): void {
  const value = valueOf(node, variables)
  if (name === 'limit' && value !== undefined && value !== null && !(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_LIMIT))
    throw graphqlRefusal(`limit must be a whole number from 1 to ${MAX_LIMIT}`)
  if (name === 'pagination' && value === false) throw graphqlRefusal(`pagination: false is not allowed (pages hold at most ${MAX_LIMIT} documents)`)
  checkPatterns(value)
}

/** LIKE / contains patterns anywhere in a where argument. */
function checkPatterns(value: unknown): void {
  if (!value || typeof value !== 'object') return
  for (const [key, each] of Object.entries(value)) {
    if (/^(like|contains|not_like|not_contains)$/.test(key) && typeof each === 'string' && each.length > MAX_PATTERN_LENGTH)
      throw graphqlRefusal(`a ${key} pattern may have at most ${MAX_PATTERN_LENGTH} characters`)
    checkPatterns(each)
  }
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value]
    case Kind.INT:
      return Number(node.value)
    case Kind.FLOAT:
      return Number(node.value)
    case Kind.STRING:
    case Kind.ENUM:
      return node.value
    case Kind.BOOLEAN:
      return node.value
    case Kind.NULL:
      return null
    case Kind.LIST:
      return node.values.map((each) => valueOf(each, variables))
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, valueOf(field.value, variables)]))
  }
}
