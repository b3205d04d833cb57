package viva.evidence;

import viva.system.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import viva.audit.AuditRecord;
import viva.audit.AuditTrail;
import viva.defense.Defense;
import viva.defense.DefenseService;
import viva.defense.DefenseStage;
import viva.defense.DefenseStateException;
import viva.incident.Incident;
import viva.incident.IncidentLog;
import viva.json.Jsonp;
import viva.recording.Recording;
import viva.recording.RecordingService;
import viva.vote.ResultService;

/**
 * The dossier of a closed defense for an appeal ({@code evidence.zip}): the result sheet, the
 * identity still, the stills, the recordings, the incidents, the defense's audit events with the
 * chain head at close, and a manifest of every file's SHA-256. {@link DossierVerifier} checks one.
 */
@ApplicationScoped
public class DossierService {

    @Inject
    DefenseService defenses;

    @Inject
    DefenseEvidence evidence;

    @Inject
    RecordingService recordings;

    @Inject
    ResultService results;

    @Inject
    AuditTrail audit;

    @Inject
    IncidentLog incidents;

    /** Refuses a defense that is not closed: its dossier would still change. */
    public Defense closed(long defenseId) {
        Defense defense = defenses.get(defenseId);
        if (defense.stage() != DefenseStage.CLOSED) {
            throw new DefenseStateException("not_closed", "The dossier exists once the defense is closed.");
        }
        return defense;
    }

    public void write(long defenseId, String secretary, OutputStream out) throws IOException {
        Defense defense = closed(defenseId);
        String subject = DefenseService.subject(defenseId);
        List<AuditRecord> stretch = audit.stretchAbout(subject, defense.closedAuditHead());
        Map<String, Long> seqByHash = new HashMap<>();
        for (AuditRecord r : stretch) {
            if (r.subject().equals(subject)) {
                payloadSha(r.payload()).ifPresent(sha -> seqByHash.put(sha, r.seq()));
            }
        }
        try (Dossier dossier = new Dossier(out)) {
            dossier.add("result-sheet.pdf", "result_sheet", results.sheet(defenseId, secretary), null);
            evidence.identityStill(defenseId).ifPresent(bytes -> add(dossier, "identity.jpg", "identity", bytes,
                    seqByHash.get(Sha256.of(bytes))));
            for (Still still : evidence.stills(defenseId)) {
                evidence.stillFile(still).ifPresent(bytes -> add(dossier, "stills/still-" + still.id() + "-"
                        + still.stage().name().toLowerCase(Locale.ROOT) + ".jpg", "still", bytes,
                        seqByHash.get(still.sha256())));
            }
            for (Recording recording : recordings.ofDefense(defenseId)) {
                var file = RecordingService.fileOf(recording);
                if (file.isPresent()) {
                    dossier.add("recordings/recording-" + recording.id() + ".webm", "recording", file.get().toPath(),
                            recording.sha256() == null ? null : seqByHash.get(recording.sha256()));
                }
            }
            dossier.add("incidents.json", "incidents", incidentsOf(defenseId).getBytes(StandardCharsets.UTF_8), null);
            dossier.add(Dossier.AUDIT, "audit", Dossier.auditFile(defenseId, subject, defense.closedAuditHead(),
                    stretch), null);
            dossier.finish(Jsonp.createObjectBuilder().add("defenseId", defenseId)
                    .add("outcome", defense.outcome().name())
                    .add("closedAuditHead", defense.closedAuditHead() == null ? "" : defense.closedAuditHead())
                    .add("head", stretch.isEmpty() ? "" : stretch.get(stretch.size() - 1).hash())
                    .add("identityCheck", defense.round().identityCheck())
                    .build());
        }
    }

    /** The incidents as GET /api/defenses/{id}/incidents gives them. */
    private String incidentsOf(long defenseId) {
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        for (Incident incident : incidents.list(defenseId)) {
            JsonObjectBuilder item = Jsonp.createObjectBuilder()
                    .add("participantId", incident.participantId())
                    .add("role", incident.role())
                    .add("kind", incident.kind().name())
                    .add("at", incident.at().toString())
                    .add("clockPaused", incident.clockPaused());
            if (incident.seconds() == null) {
                item.addNull("seconds");
            } else {
                item.add("seconds", incident.seconds());
            }
            list.add(item);
        }
        return list.build().toString();
    }

    private static void add(Dossier dossier, String name, String kind, byte[] bytes, Long seq) {
        try {
            dossier.add(name, kind, bytes, seq);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static java.util.Optional<String> payloadSha(String payload) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(payload))) {
            JsonObject body = reader.readObject();
            return body.containsKey("sha256") ? java.util.Optional.of(body.getString("sha256"))
                    : java.util.Optional.empty();
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
