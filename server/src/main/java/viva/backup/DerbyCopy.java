package viva.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import viva.audit.AuditTrail;
import viva.system.InTransaction;

/** Derby's online backup of the running database, taken while the audit trail stands still. */
@ApplicationScoped
class DerbyCopy {

    @Resource(lookup = "jdbc/viva")
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    /**
     * Copies the database into {@code folder} (Derby makes a folder named after the database in
     * it) and answers the audit head the copy holds. The transaction holds the head's write lock
     * from reading it until the copy is done, so no audited change commits in between: the head
     * read is the copy's head.
     */
    @InTransaction
    String copyInto(Path folder) {
        String head = audit.head();
        try (Connection connection = dataSource.getConnection();
                CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, folder.toAbsolutePath().toString());
            backup.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Derby's backup failed: " + e.getMessage(), e);
        }
        return head;
    }
}
