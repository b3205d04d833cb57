package viva.app;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import viva.system.Roles;

@ApplicationPath("api")
@DeclareRoles({Roles.SECRETARY, Roles.MEMBER})
@OpenAPIDefinition(
        info = @Info(title = "Viva", version = "1.0",
                description = "Video defenses and committee voting for professional-title evaluation rounds"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class VivaApi extends Application {
}
