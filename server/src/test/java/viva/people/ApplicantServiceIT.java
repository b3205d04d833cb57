package viva.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import viva.round.EvaluationRound;
import viva.round.NewRound;
import viva.round.RoundService;
import viva.system.Refusal;
import viva.testing.Deployments;
import viva.testing.IdNumbers;

/** ApplicantService inside a real Liberty with its real data source, transactions and validator. */
@ExtendWith(ArquillianExtension.class)
class ApplicantServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.viva("applicant-service").addClass(ApplicantServiceIT.class);
    }

    @Inject
    ApplicantService applicants;

    @Inject
    RoundService rounds;

    private EvaluationRound newRound() {
        NewRound.Stages stages = new NewRound.Stages(10, 15, 5);
        return rounds.create(new NewRound("arq-" + UUID.randomUUID(), 2026, "Asia/Shanghai", "2026-12-07",
                "2026-12-18", List.of(new NewRound.Window("09:00", "12:00")),
                Map.of("SENIOR", stages, "DEPUTY_SENIOR", stages, "INTERMEDIATE", stages, "JUNIOR", stages), 5,
                List.of(), null));
    }

    private static NewApplicant request(long roundId, String idNumber) {
        return new NewApplicant(roundId, "王建国", idNumber, "男", "新疆天山建设工程有限公司", "建筑专业", "正高级",
                "已缴费", null, null, null, null);
    }

    @Test
    void registersAndRefusesASecondApplicantWithTheSameIdNumber() {
        EvaluationRound round = newRound();
        String id = IdNumbers.random(true);
        Applicant stored = applicants.register(request(round.id(), id));
        assertTrue(stored.id() > 0);
        assertEquals("ENG11", stored.specialty().code());
        Refusal duplicate = assertThrows(Refusal.class, () -> applicants.register(request(round.id(), id)));
        assertEquals("duplicate_id_number", duplicate.code());
        assertEquals(1, applicants.list(round.id()).size());
    }

    @Test
    void importStoresTheGoodLinesInOneGo() {
        EvaluationRound round = newRound();
        String csv = "name,idNumber,gender,employer,specialtyCode,level,status\n"
                + "甲," + IdNumbers.random(true) + ",MALE,单位,ENG11,SENIOR,FEE_PAID\n"
                + "乙,bad,MALE,单位,ENG11,SENIOR,FEE_PAID\n"
                + "丙," + IdNumbers.random(false) + ",FEMALE,单位,AGR,JUNIOR,SUBMITTED\n";
        ApplicantService.ImportResult result = applicants.importCsv(round.id(), csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, result.created());
        assertEquals(1, result.rejected().size());
        assertEquals(3, result.rejected().get(0).line());
        assertEquals(List.of("甲", "丙"), applicants.list(round.id()).stream().map(Applicant::name).toList());
    }
}
