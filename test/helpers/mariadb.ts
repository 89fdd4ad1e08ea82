import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { inject } from 'vitest';

export function server() {
  return inject('mariadb');
}

/** A uniquely named database loaded with `sql`; returns its mysql:// URL and a drop function. */
export async function scratchDatabase(
  sql: string,
  prefix = 'shipcheck_test',
): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const mariadb = server();
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const connection = await mysql.createConnection({
    host: mariadb.host,
    port: mariadb.port,
    user: mariadb.user,
    password: mariadb.password,
    multipleStatements: true,
  });
  try {
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await connection.query(`USE \`${name}\``);
    if (sql.trim()) await connection.query(sql);
  } finally {
    await connection.end();
  }
  return {
    name,
    url: `${mariadb.url}/${name}`,
    drop: async () => {
      const c = await mysql.createConnection({
        host: mariadb.host,
        port: mariadb.port,
        user: mariadb.user,
        password: mariadb.password,
      });
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}

export async function execute(url: string, sql: string): Promise<void> {
  const connection = await mysql.createConnection({ uri: url, multipleStatements: true });
  try {
    await connection.query(sql);
  } finally {
    await connection.end();
  }
}
