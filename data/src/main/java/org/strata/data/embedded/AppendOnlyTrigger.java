package org.strata.data.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** The embedded store's guard that refuses to update or delete a register event. */
public final class AppendOnlyTrigger implements Trigger {
    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "register events are append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "45000");
    }
}
