/**
 * A TypeDoc plugin (typedoc.json `plugin`): every export of the typed docs is put in a category
 * that follows the plan — Plan, Evaluators, Workflow, Campaign, Guidance, Law, … — taken from
 * the source file that declares it. One table, here, instead of a `@category` tag on every
 * export: a new export lands in its folder's category without a tag to forget, and an export
 * whose file has no category fails the docs build (an error, so `npm run docs` stops).
 *
 * An explicit `@category` tag in a doc comment wins over the table.
 *
 * It also gives each guide of docs/ its title in the navigation and puts the guides in the order
 * of `GUIDES`, and names each module by its import path (`thi-dua-vi-nguoi-ngheo/poverty`).
 *
 * `DEBUG_CATEGORIES=1 npm run docs` prints each module's categories and their members.
 */
import { basename, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * The category of a source file, by the longest matching prefix of its path under `src/`
 * (a folder ends with `/`). Order of `CATEGORY_ORDER` below is the order on the page.
 */
const BY_PATH = {
  'core/types.ts': 'Basics',
  'core/dates.ts': 'Basics',
  'core/issues.ts': 'Basics',
  'core/patterns.ts': 'Schemas',
  'core/codes.ts': 'Plan',
  'core/inputs.ts': 'Evaluators',
  'core/citation.ts': 'Law',
  'core/activity.ts': 'Activities',
  'core/workflow-codes.ts': 'Workflow',
  'plan/': 'Plan',
  'text/': 'Text',
  'text/labels.ts': 'Plan',
  'validation/': 'Schemas',
  'guidance/': 'Guidance',
  'law/': 'Law',
  'rules/': 'Evaluators',
  'workflow/': 'Workflow',
  'workflow/campaign/': 'Campaign',
  'poverty/': 'Households',
  'poverty/schemas.ts': 'Schemas',
  'testing/': 'Testing',
  'activities/': 'Activities',
  'documents/': 'Documents',
  'reports/': 'Reports',
  'sample.ts': 'Testing',
  'schemas.ts': 'Schemas',
  'json-schema.ts': 'Schemas',
};

/**
 * Within a subpath whose exports would all share one category, the finer sections of that
 * subpath (module name → path prefix → category).
 */
const WITHIN_MODULE = {
  schemas: {
    'validation/inputs.ts': 'Nominations',
    'validation/activity.ts': 'Activities',
    'core/patterns.ts': 'Patterns',
    'guidance/': 'Guidance',
    'law/': 'Law',
    'workflow/': 'Workflow',
    'workflow/campaign/': 'Campaign',
    'json-schema.ts': 'JSON Schema',
  },
  testing: {
    'testing/factories.ts': 'Factories',
    'testing/arbitraries.ts': 'Arbitraries',
    'testing/scenarios.ts': 'Scenarios',
    'testing/example-guidance.ts': 'Guidance',
    'testing/activities.ts': 'Activities',
  },
  poverty: {
    'poverty/standard.ts': 'Standard',
    'poverty/classify.ts': 'Classification',
    'core/codes.ts': 'Classification',
    'poverty/reviews.ts': 'Reviews',
    'poverty/schemas.ts': 'Schemas',
    'text/': 'Text',
  },
  activities: {
    'core/': 'Records',
    'plan/': 'Plan',
    'validation/': 'Parsing',
    'activities/parse.ts': 'Parsing',
    'activities/period.ts': 'Periods',
    'activities/summary.ts': 'Summaries',
    'activities/evidence.ts': 'Evidence',
  },
  reports: {
    'reports/types.ts': 'Report',
    'reports/summarize.ts': 'Report',
    'reports/options.ts': 'Report',
    'reports/parse.ts': 'Parsing',
    'reports/tables.ts': 'Rendering',
    'reports/html.ts': 'Rendering',
    'reports/money.ts': 'Money',
  },
  documents: {
    'documents/': 'Papers',
    'documents/model.ts': 'Document model',
    'documents/inputs.ts': 'Inputs',
    'documents/html.ts': 'Rendering',
    'documents/docx.ts': 'Rendering',
    'documents/words.ts': 'Amounts in words',
    'law/': 'Inputs',
  },
};

/** The order of the categories on a page; anything else comes after, alphabetically. */
export const CATEGORY_ORDER = [
  'Plan',
  'Evaluators',
  'Workflow',
  'Campaign',
  'Guidance',
  'Law',
  'Households',
  'Activities',
  'Reports',
  'Documents',
  'Schemas',
  'Testing',
  'Text',
  'Basics',
  '*',
];

/**
 * The guides of docs/ (typedoc.json `projectDocuments`), in the order of the site's navigation,
 * with the short title the navigation shows (the page's own `#` heading stays on the page). A
 * guide that is not listed here fails the docs build.
 */
export const GUIDES = {
  'README.md': 'Guides',
  'getting-started.md': 'Getting started',
  'recipes.md': 'Recipes',
  'plan.md': 'The plan',
  'workflow.md': 'Workflow',
  'activities.md': 'Activities',
  'reports.md': 'Reports',
  'documents.md': 'Papers',
  'interpretations.md': 'Interpretations register',
  'law.md': 'The law',
  'glossary.md': 'Glossary',
  'performance.md': 'Performance',
  'architecture.md': 'Architecture',
};

/** The entry of `table` with the longest key that is a prefix of `path`. */
function lookup(table, path) {
  let best;
  for (const key of Object.keys(table)) {
    const matches = key.endsWith('/') ? path.startsWith(key) : path === key;
    if (matches && (best === undefined || key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : table[best];
}

/** `src/`-relative path, with `/`, of the file that declares the symbol of `reflection`. */
function sourcePathOf(context, reflection) {
  const symbol = context.getSymbolFromReflection(reflection);
  const declaration = symbol?.declarations?.[0];
  if (!declaration) return undefined;
  return relative(SRC, declaration.getSourceFile().fileName).split(sep).join('/');
}

/**
 * Puts the project's documents in the order of `GUIDES`, in `documents` and in the slots they hold
 * in `childrenIncludingDocuments` (what the navigation lists).
 */
function sortGuides(project) {
  const order = Object.keys(GUIDES);
  const rank = (document) => order.indexOf(basename(project.files.getReflectionPath(document) ?? ''));
  const byRank = (a, b) => rank(a) - rank(b);
  project.documents?.sort(byRank);
  const all = project.childrenIncludingDocuments ?? [];
  const slots = all.flatMap((child, i) => (child.isDocument() ? [i] : []));
  const sorted = slots.map((i) => all[i]).sort(byRank);
  slots.forEach((slot, k) => {
    all[slot] = sorted[k];
  });
}

/** Names each module by the import that loads it: `thi-dua-vi-nguoi-ngheo`, `thi-dua-vi-nguoi-ngheo/poverty`, … */
function nameModules(project) {
  for (const module of project.children ?? []) {
    if (!module.kindOf(ReflectionKind.Module)) continue;
    module.name = module.name === 'index' ? (project.packageName ?? project.name) : `${project.packageName ?? project.name}/${module.name}`;
  }
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** Reflection → `src/`-relative path, collected while converting (the comments come later). */
  const paths = new Map();

  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const file = basename(document.project.files.getReflectionPath(document) ?? '');
    const title = GUIDES[file];
    if (title === undefined) {
      app.logger.error(`typedoc-categories: the guide ${file} has no title; add it to GUIDES in scripts/typedoc-categories.mjs`);
      return;
    }
    document.name = title;
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (reflection.kindOf(ReflectionKind.SomeModule)) return;
    if (reflection.parent?.kindOf(ReflectionKind.SomeModule | ReflectionKind.Project)) {
      const path = sourcePathOf(context, reflection);
      if (path !== undefined) paths.set(reflection, path);
    }
  });

  // Before TypeDoc's own CategoryPlugin (RESOLVE_END at priority -200) reads the tags.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const debug = new Map();
      for (const [reflection, path] of paths) {
        const module = reflection.parent?.kindOf(ReflectionKind.Module) ? reflection.parent.name : '.';
        const category = lookup(WITHIN_MODULE[module] ?? {}, path) ?? lookup(BY_PATH, path);
        if (category === undefined) {
          app.logger.error(
            `typedoc-categories: no category for ${reflection.getFriendlyFullName()} (src/${path}); add its file to scripts/typedoc-categories.mjs`,
          );
          continue;
        }
        const carrier = reflection.comment ?? reflection.signatures?.[0]?.comment;
        if (!carrier) continue; // undocumented: typedoc's `notDocumented` validation reports it
        if (!carrier.blockTags.some((tag) => tag.tag === '@category')) {
          carrier.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: category }]));
        }
        const key = `${module} › ${category}`;
        debug.set(key, [...(debug.get(key) ?? []), reflection.name]);
      }
      // A name that two entries export is declared in one and a reference in the other: the
      // reference takes the category of its target's file, as the module sees it.
      for (const reference of context.project.getReflectionsByKind(ReflectionKind.Reference)) {
        const module = reference.parent?.kindOf(ReflectionKind.Module) ? reference.parent.name : '.';
        const path = paths.get(reference.getTargetReflectionDeep());
        const category = path === undefined ? undefined : (lookup(WITHIN_MODULE[module] ?? {}, path) ?? lookup(BY_PATH, path));
        if (category === undefined || reference.comment?.blockTags.some((tag) => tag.tag === '@category')) continue;
        reference.comment ??= new Comment();
        reference.comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: category }]));
        const key = `${module} › ${category}`;
        debug.set(key, [...(debug.get(key) ?? []), `${reference.name} (reference)`]);
      }
      sortGuides(context.project);
      nameModules(context.project);
      if (process.env.DEBUG_CATEGORIES) {
        for (const [key, names] of [...debug].sort()) console.log(`${key}: ${names.join(', ')}`);
      }
    },
    100,
  );
}
