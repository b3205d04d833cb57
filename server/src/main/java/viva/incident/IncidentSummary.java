package viva.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The result sheet's lines on incidents, one per role that had any: 答辩人断线 1 次，共 35 秒；计时已暂停. */
public final class IncidentSummary {

    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("APPLICANT", "答辩人");
        ROLES.put("MEMBER", "评委");
        ROLES.put("SECRETARY", "秘书处");
    }

    private IncidentSummary() {
    }

    public static List<String> lines(List<Incident> incidents) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> role : ROLES.entrySet()) {
            List<Incident> lost = incidents.stream()
                    .filter(i -> i.kind() == Incident.Kind.DISCONNECTED && i.role().equals(role.getKey())).toList();
            if (lost.isEmpty()) {
                continue;
            }
            long seconds = lost.stream().mapToLong(i -> i.seconds() == null ? 0 : i.seconds()).sum();
            boolean open = lost.stream().anyMatch(i -> i.seconds() == null);
            StringBuilder line = new StringBuilder(role.getValue()).append("断线 ").append(lost.size()).append(" 次，共 ")
                    .append(seconds).append(" 秒");
            if (open) {
                line.append("（尚未返回）");
            }
            if (lost.stream().anyMatch(Incident::clockPaused)) {
                line.append("；计时已暂停");
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
