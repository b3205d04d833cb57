package it.viva.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.viva.support.Api;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class SpecialtyResourceIT {

    @Test
    void listsTwentySixEngineeringSpecialtiesAndTheAgricultureSeries() {
        Api.Reply reply = Api.secretary().get("/api/specialties");
        assertEquals(200, reply.status());
        JsonArray specialties = reply.array();
        long engineering = specialties.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("series").equals("ENGINEERING")).count();
        long agriculture = specialties.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("series").equals("AGRICULTURE")).count();
        assertEquals(26, engineering);
        assertEquals(1, agriculture);
        JsonObject first = specialties.getJsonObject(0);
        assertEquals("ENG01", first.getString("code"));
        assertEquals("建材专业", first.getString("name"));
        JsonObject last = specialties.getJsonObject(26);
        assertEquals("AGR", last.getString("code"));
        assertEquals("农业系列", last.getString("name"));
    }
}
