package viva.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import viva.audit.AuditTrail;
import viva.catalog.CatalogService;
import viva.demo.DemoData;
import viva.security.AccountService;
import viva.system.SchemaMigrations;

/**
 * Prepares the database on every start: its schema first, then the catalogue, the first account,
 * the demo data once.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    SchemaMigrations schema;

    @Inject
    CatalogService catalog;

    @Inject
    AccountService accounts;

    @Inject
    DemoData demo;

    @Inject
    StartupState state;

    @Inject
    AuditTrail audit;

    void onStart(@Observes Startup startup) {
        migrateSchema();
        try {
            audit.prepare();
            catalog.synchronize();
            accounts.ensureSecretary();
            demo.loadIfWanted();
            state.ready();
            LOG.info("Viva is ready.");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Viva could not prepare its data at start-up", e);
            state.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Tables of an older shape must never be served: a failed migration fails the deployment
     * (the exception leaves the start-up event), so Liberty serves nothing of Viva.
     */
    private void migrateSchema() {
        try {
            schema.migrate();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Viva did not start: its database schema could not be migrated", e);
            state.failed("schema migration failed: " + e.getMessage());
            throw e;
        }
    }
}
