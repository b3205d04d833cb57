package viva.export.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import viva.export.ResultExportService;
import viva.export.ResultFiles;
import viva.system.Roles;

/** The round's outcome list as files to download (the same path as the rounds, viva.round.web). */
@Path("rounds")
@RequestScoped
@RolesAllowed(Roles.SECRETARY)
public class ResultExportResource {

    @Inject
    ResultExportService exports;

    @GET
    @Path("{id}/results.xlsx")
    @Produces(ResultFiles.XLSX)
    public Response xlsx(@PathParam("id") long id) {
        return download(exports.xlsx(id), ResultFiles.XLSX, "round-" + id + "-results.xlsx");
    }

    @GET
    @Path("{id}/results.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id) {
        return download(exports.csv(id), "text/csv; charset=UTF-8", "round-" + id + "-results.csv");
    }

    private static Response download(byte[] body, String type, String filename) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
