// The statements a database sees, in order, for tests that a state change locks its row
// before it reads it (app/models/row-lock.server.ts). On SQLite one process's transactions
// never interleave, so a race there cannot fail without the lock; the order still does.
import type { KyselyPlugin, RootOperationNode, UnknownRow } from "kysely";
import type { Db } from "~/utils/db.server";

/** A view of `db` that logs each statement as "select offers", "update contacts", …. */
export function recording(db: Db): { db: Db; statements: string[] } {
  const statements: string[] = [];
  const plugin: KyselyPlugin = {
    transformQuery({ node }) {
      const kind = node.kind.replace("QueryNode", "").toLowerCase();
      statements.push(`${kind} ${firstTable(node)}`);
      return node;
    },
    transformResult: async ({ result }) => result as { rows: UnknownRow[] },
  };
  return { db: db.withPlugin(plugin), statements };
}

function firstTable(node: RootOperationNode): string {
  return /"kind":"IdentifierNode","name":"(\w+)"/.exec(JSON.stringify(node))?.[1] ?? "?";
}
