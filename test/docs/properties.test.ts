/**
 * Every property of every public type carries a doc comment: the typed docs (`npm run docs`)
 * are the API's reference, so an interface field or an object-type member without a comment is
 * a hole in it. The project TypeDoc documents is converted with typedoc.json's own options
 * (entry points, plugin, exclusions), and the test lists every property without a summary.
 */
import { Application, ReflectionKind, TSConfigReader, TypeDocReader } from 'typedoc';
import { describe, expect, it } from 'vitest';

async function convert() {
  const app = await Application.bootstrapWithPlugins({ logLevel: 'Error' }, [new TypeDocReader(), new TSConfigReader()]);
  const project = await app.convert();
  if (project === undefined) throw new Error('typedoc could not convert the project');
  return project;
}

type Project = Awaited<ReturnType<typeof convert>>;
type Reflection = ReturnType<Project['getReflectionsByKind']>[number];

/**
 * Whether `property` belongs to an exported interface, class or type alias (directly or in an
 * object type nested in one), not to the inferred type of a variable or a function's parameter:
 * those are described by the variable's or function's own comment.
 */
function ofPublicType(property: Reflection): boolean {
  for (let owner = property.parent; owner !== undefined; owner = owner.parent) {
    if (owner.kindOf(ReflectionKind.Interface | ReflectionKind.Class | ReflectionKind.TypeAlias)) return true;
    if (owner.kindOf(ReflectionKind.Variable | ReflectionKind.Function | ReflectionKind.SomeSignature | ReflectionKind.Parameter))
      return false;
  }
  return false;
}

/** `module.Owner.property` for each property of a public type with no summary. */
function undocumented(project: Project): string[] {
  return project
    .getReflectionsByKind(ReflectionKind.Property)
    .filter((property) => ofPublicType(property) && !property.hasComment())
    .map((property) => property.getFriendlyFullName())
    .sort();
}

describe('typed docs', () => {
  it('document every property of every exported interface and type alias', async () => {
    const project = await convert();
    const properties = project.getReflectionsByKind(ReflectionKind.Property);
    expect(properties.length).toBeGreaterThan(100); // the walk sees the types (guards a test that cannot fail)
    expect(undocumented(project)).toEqual([]);
  }, 60_000);
});
