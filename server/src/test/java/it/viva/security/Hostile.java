package it.viva.security;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The hostile values HostileInputIT sends, a small JSON tree to mutate valid bodies with, and a
 * writer that can put what no JSON library writes (lone surrogates, raw fragments) into a body.
 */
final class Hostile {

    private Hostile() {
    }

    /** Text that is well-formed but odd or aimed at some interpreter; valid in a free-text field. */
    static final List<String> ODD_TEXT = List.of(
            "' OR 1=1 --", "'; DROP TABLE APPLICANT; --", "\" OR \"\"=\"", "1; SELECT * FROM USER_ACCOUNT --",
            "admin'/*", "' UNION SELECT USERNAME, PASSWORD_HASH FROM USER_ACCOUNT --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(document.cookie)",
            "\"><svg/onload=alert(1)>", "${jndi:ldap://127.0.0.1:1389/a}", "${jndi:rmi://127.0.0.1/x}",
            "${${lower:j}ndi:dns://x}", "#{7*7}", "{{7*7}}", "%s%s%s%n%x", "../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini", "file:///etc/passwd", "\u200F\u200E\u200F",
            "a\u200Db\u200Dc", "\u200B\u200B\u200B", "\uFEFFbom", "👨‍👩‍👧‍👦", "😀🙃🤖", "\uF900\uF901\uFA0E",
            "㍿㌀㍻", "e\u0301\u0301\u0301\u0301", "İıẞﬃ", "\u0660\u0661\u0662", "\u3000\u3000", "Ω≈ç√∫",
            "𠀀𪜀𫝀", "\\u0000", "%00", "%0d%0aSet-Cookie: x=1", "\t\r\n");

    /**
     * Text Viva refuses whatever the field: a NUL, other control characters, lone surrogates, and
     * the bidirectional embeddings, overrides and isolates that turn the text after them around.
     */
    static final List<String> ILL_FORMED = List.of("a\u0000b", "\u0000", "\uD800", "\uDFFF", "x\uDC00\uD800y",
            "bell\u0007", "\u001B[31mred", "del\u007F", "\uD83D", "ok\uD83D\uDE00\uD83Dend", "\u202Egnp.exe\u202C",
            "王建国\u202E", "\u202Aembedded\u202C", "\u202B", "\u202Doverride", "\u2066isolated\u2069", "\u2067",
            "\u2068first strong\u2069");

    /**
     * Numbers no field takes, as JSON literals: negative (but not -1 to -18, which are time-zone
     * offsets when they land in a text field), fractional, or beyond every range.
     */
    static final List<String> BAD_NUMBERS = List.of("-99", "-2147483649", "-9223372036854775809", "-1.5", "1E+400",
            "9.999E+99");

    /** Numbers that are merely odd; some are valid somewhere. */
    static final List<String> ODD_NUMBERS = List.of("0", "-0", "-1", "2147483648", "9223372036854775807",
            "9223372036854775808", "123456789012345678901234567890", "1e308", "1.0", "0.5", "1e-300", "-1E-400");

    static final List<String> HUGE = List.of("A".repeat(100_000), "名".repeat(100_000), "😀".repeat(50_000),
            "<script>".repeat(12_500), "\u200D".repeat(100_000));

    /** A fragment of raw JSON text, written as it is. */
    record Raw(String text) {
    }

    static Raw nested(int depth, boolean arrays) {
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        return new Raw(open.repeat(depth) + (arrays ? "" : "1") + close.repeat(depth));
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** A value of the wrong type for every field: no text field takes a boolean, an array or an object. */
    static Object wrongType(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> random.nextBoolean() ? Boolean.TRUE : Boolean.FALSE;
            case 1 -> new ArrayList<>(List.of(pick(random, ODD_TEXT)));
            default -> new LinkedHashMap<>(Map.of("$ne", pick(random, ODD_TEXT)));
        };
    }

    /** A value that no checked field accepts: bad text, a bad number, or the wrong type. */
    static Object breaking(Random random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> pick(random, ODD_TEXT.stream().filter(s -> !s.isBlank()
                    && !s.matches("[A-Za-z0-9._-]*")).toList());
            case 2 -> new Raw(pick(random, BAD_NUMBERS));
            case 3 -> random.nextBoolean() ? Boolean.TRUE : Boolean.FALSE;
            case 4 -> new ArrayList<>(List.of(pick(random, ODD_TEXT)));
            default -> new LinkedHashMap<>(Map.of("$ne", pick(random, ODD_TEXT)));
        };
    }

    /** Any hostile value, valid or not. */
    static Object any(Random random) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> pick(random, ODD_TEXT);
            case 3 -> pick(random, ILL_FORMED);
            case 4 -> new Raw(pick(random, random.nextBoolean() ? BAD_NUMBERS : ODD_NUMBERS));
            case 5 -> random.nextInt(4) == 0 ? pick(random, HUGE) : pick(random, ODD_TEXT).repeat(1 + random.nextInt(50));
            case 6 -> null;
            case 7 -> nested(50 + random.nextInt(5_000), random.nextBoolean());
            case 8 -> breaking(random);
            default -> random.nextBoolean();
        };
    }

    // --- a small JSON tree: Map, List, String, Boolean, Raw, BigDecimal and null ----------------

    /** A deep copy of a jakarta.json value as a mutable tree. */
    static Object tree(jakarta.json.JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, tree(v)));
                return map;
            }
            case ARRAY: {
                List<Object> list = new ArrayList<>();
                value.asJsonArray().forEach(v -> list.add(tree(v)));
                return list;
            }
            case STRING:
                return ((jakarta.json.JsonString) value).getString();
            case NUMBER:
                return ((jakarta.json.JsonNumber) value).bigDecimalValue();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    @SuppressWarnings("unchecked")
    static Object copy(Object tree) {
        if (tree instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        }
        if (tree instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return tree;
    }

    /** Every path (keys and indices) to a value inside the tree, the root excluded. */
    static List<List<Object>> paths(Object tree) {
        List<List<Object>> paths = new ArrayList<>();
        collect(tree, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(Object tree, List<Object> at, List<List<Object>> into) {
        if (tree instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                List<Object> path = new ArrayList<>(at);
                path.add(key);
                into.add(path);
                collect(map.get(key), path, into);
            }
        } else if (tree instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<Object> path = new ArrayList<>(at);
                path.add(i);
                into.add(path);
                collect(list.get(i), path, into);
            }
        }
    }

    static boolean related(List<Object> a, List<Object> b) {
        int n = Math.min(a.size(), b.size());
        return a.subList(0, n).equals(b.subList(0, n));
    }

    @SuppressWarnings("unchecked")
    static void set(Object tree, List<Object> path, Object value) {
        Object parent = tree;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = parent instanceof Map<?, ?> m ? m.get(step) : ((List<Object>) parent).get((Integer) step);
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).put((String) last, value);
        } else {
            ((List<Object>) parent).set((Integer) last, value);
        }
    }

    @SuppressWarnings("unchecked")
    static void remove(Object tree, List<Object> path) {
        Object parent = tree;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = parent instanceof Map<?, ?> m ? m.get(step) : ((List<Object>) parent).get((Integer) step);
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof Map<?, ?> m) {
            m.remove(last);
        } else {
            ((List<Object>) parent).remove((int) (Integer) last);
        }
    }

    /** JSON text of the tree; with {@code ascii}, everything beyond ASCII as \\u escapes. */
    static String write(Object tree, boolean ascii) {
        StringBuilder out = new StringBuilder();
        write(tree, ascii, out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(Object tree, boolean ascii, StringBuilder out) {
        if (tree == null) {
            out.append("null");
        } else if (tree instanceof Raw raw) {
            out.append(raw.text());
        } else if (tree instanceof String s) {
            string(s, ascii, out);
        } else if (tree instanceof BigDecimal || tree instanceof Boolean || tree instanceof Number) {
            out.append(tree);
        } else if (tree instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(e.getKey(), ascii, out);
                out.append(':');
                write(e.getValue(), ascii, out);
            }
            out.append('}');
        } else if (tree instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), ascii, out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException(tree.getClass().toString());
        }
    }

    private static void string(String s, boolean ascii, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) && !pairedAt(s, i) || ascii && c > 0x7E) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (Character.isHighSurrogate(c)) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes that are not UTF-8: a lone continuation, an overlong form, an encoded surrogate, 0xFF. */
    static final List<byte[]> NOT_UTF8 = List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {(byte) 0xC3, (byte) 0x28}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80});

    static byte[] splice(byte[] body, int at, byte[] insert) {
        byte[] out = new byte[body.length + insert.length];
        System.arraycopy(body, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(body, at, out, at + insert.length, body.length - at);
        return out;
    }
}
