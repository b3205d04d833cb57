package viva.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Arquillian deploys the WAR the build made, so services are tested exactly as they ship. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive viva(String name) {
        File war = new File(System.getProperty("viva.it.war", "target/viva.war"));
        return ShrinkWrap.create(ZipImporter.class, name + ".war").importFrom(war).as(WebArchive.class)
                .addClasses(Deployments.class, IdNumbers.class);
    }
}
