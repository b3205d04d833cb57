package viva.catalog.web;

import viva.catalog.CatalogService;
import viva.catalog.Series;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import viva.system.Roles;

@Path("specialties")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECRETARY, Roles.MEMBER})
public class SpecialtyResource {

    public record SpecialtyView(String code, Series series, String name) {
    }

    @Inject
    CatalogService catalog;

    @GET
    public List<SpecialtyView> list() {
        return catalog.specialties().stream()
                .map(s -> new SpecialtyView(s.code(), s.series(), s.name()))
                .toList();
    }
}
