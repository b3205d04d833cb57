package viva.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A database's schema as sorted lines from JDBC metadata: tables, columns with type and
 * nullability, primary keys, unique and other indexes, foreign keys, and the identifier rows of
 * EclipseLink's SEQUENCE table. Names Derby makes up ("SQL…") are left out; Liquibase's own
 * tables too (upper case on Derby, lower case on PostgreSQL).
 */
public final class SchemaShape {

    private SchemaShape() {
    }

    public static SortedSet<String> of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        TreeSet<String> lines = new TreeSet<>();
        for (String table : tables(meta, schema)) {
            lines.add("table " + table);
            columns(meta, schema, table, lines);
            lines.add("primary key " + table + keyColumns(meta.getPrimaryKeys(null, schema, table)));
            indexes(meta, schema, table, lines);
            foreignKeys(meta, schema, table, lines);
        }
        sequences(connection, lines);
        return lines;
    }

    private static List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (!name.toUpperCase(java.util.Locale.ROOT).startsWith("DATABASECHANGELOG")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private static void columns(DatabaseMetaData meta, String schema, String table, TreeSet<String> lines)
            throws SQLException {
        try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
            while (rows.next()) {
                lines.add("column " + table + "." + rows.getString("COLUMN_NAME") + " " + rows.getString("TYPE_NAME")
                        + "(" + rows.getInt("COLUMN_SIZE") + "," + rows.getInt("DECIMAL_DIGITS") + ")"
                        + (rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " NOT NULL" : " NULL"));
            }
        }
    }

    private static String keyColumns(ResultSet rows) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (rows) {
            while (rows.next()) {
                columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
            }
        }
        return " " + columns.values();
    }

    private static void indexes(DatabaseMetaData meta, String schema, String table, TreeSet<String> lines)
            throws SQLException {
        Map<String, String> kinds = new TreeMap<>();
        Map<String, Map<Integer, String>> columns = new TreeMap<>();
        try (ResultSet rows = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                kinds.put(name, rows.getBoolean("NON_UNIQUE") ? "index " : "unique ");
                columns.computeIfAbsent(name, n -> new TreeMap<>())
                        .put((int) rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME"));
            }
        }
        kinds.forEach((name, kind) -> lines.add(kind + table + " " + columns.get(name).values()
                + (name.startsWith("SQL") ? "" : " named " + name)));
    }

    private static void foreignKeys(DatabaseMetaData meta, String schema, String table, TreeSet<String> lines)
            throws SQLException {
        Map<String, List<String>> keys = new TreeMap<>();
        try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
            while (rows.next()) {
                keys.computeIfAbsent(rows.getString("FK_NAME"), n -> new ArrayList<>()).add(
                        rows.getString("FKCOLUMN_NAME") + "->" + rows.getString("PKTABLE_NAME") + "."
                                + rows.getString("PKCOLUMN_NAME"));
            }
        }
        keys.forEach((name, pairs) -> lines.add("foreign key " + name + " " + table + " " + pairs));
    }

    private static void sequences(Connection connection, TreeSet<String> lines) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT SEQ_NAME FROM SEQUENCE")) {
            while (rows.next()) {
                lines.add("sequence row " + rows.getString(1));
            }
        }
    }
}
