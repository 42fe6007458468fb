package org.strata.data.jdbc;

import javax.sql.DataSource;
import org.strata.registry.port.StoreException;

/** The stores of one database — cadastre and register — sharing its connection pool, closed together. */
public final class JdbcStores implements AutoCloseable {
    private final String name;
    private final DataSource dataSource;
    private final AutoCloseable pool;
    private final JdbcCadastreStore cadastre;
    private final JdbcRegisterStore register;
    private final JdbcQueryLog queries;
    private final JdbcInterestRegister interests;
    private final JdbcSurveyStore survey;
    private final JdbcOnlineRecords online;
    private final NeighbourIndex index;

    /**
     * The stores over a migrated database.
     *
     * @param name the store's name for people (embedded, postgis)
     * @param dataSource its connections
     * @param pool closed when the stores are
     */
    public JdbcStores(String name, DataSource dataSource, AutoCloseable pool) {
        this(name, dataSource, pool, null);
    }

    /**
     * The stores with an in-process neighbour index, told of every cadastre write of either store.
     *
     * @param index the index, or null to use the database's spatial index
     */
    public JdbcStores(String name, DataSource dataSource, AutoCloseable pool, NeighbourIndex index) {
        this.name = name;
        this.dataSource = dataSource;
        this.pool = pool;
        this.index = index;
        this.cadastre = new JdbcCadastreStore(dataSource, this, index);
        this.register = new JdbcRegisterStore(dataSource, index);
        this.queries = new JdbcQueryLog(dataSource);
        this.interests = new JdbcInterestRegister(dataSource);
        this.survey = new JdbcSurveyStore(dataSource);
        this.online = new JdbcOnlineRecords(dataSource);
        UnitValidity.rebuildIfEmpty(dataSource);
    }

    /** Whether the in-process 3D index answers yet (true without one: the database's own index always does). */
    public boolean indexReady() {
        return index == null || index.ready();
    }

    /** The accepted interests. */
    public JdbcInterestRegister interests() {
        return interests;
    }

    /** The shared records and issued certificate documents of online registration. */
    public JdbcOnlineRecords online() {
        return online;
    }

    /** The merged-survey store. */
    public JdbcSurveyStore survey() {
        return survey;
    }

    /** The query log. */
    public JdbcQueryLog queries() {
        return queries;
    }

    /** The database's connections, for tools that work on the whole store (backup, checks). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The store's name (embedded, postgis). */
    public String name() {
        return name;
    }

    /** The cadastre store; closing it closes both. */
    public JdbcCadastreStore cadastre() {
        return cadastre;
    }

    /** The register store. */
    public JdbcRegisterStore register() {
        return register;
    }

    /** Closes the pool. */
    @Override
    public void close() {
        try {
            pool.close();
        } catch (Exception e) {
            throw new StoreException("closing the store failed", e);
        }
    }
}
