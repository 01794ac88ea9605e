package org.barometer.tally;

import org.barometer.testing.DiskDatabase;

import java.util.Map;

/**
 * The embedded default: H2 in a file, with the URL options of application.yml.
 * <p>
 * Here the kills under load come while answers arrive but no release runs: the box keeps them,
 * and they are released once after the last restart. With releases running, one kill in about
 * thirty left a release's count in {@code wave_profile.responded} without the rest of its
 * transaction (its answers, their histograms, the ballots' deletion), so that its ballots were
 * released again: that wave counted 138 answers for 114 stored. Most likely H2's own doing: it
 * writes its tables to the file one after the other, each as it is at that moment, so a
 * transaction committing meanwhile can reach the disk for some tables only, and a kill before the
 * next write keeps it so (h2database issue #2080, open). Closing counts a wave's tally again from
 * its stored answers (ClosingRelease), so a closed wave is right whatever happened; an open wave's
 * live participation can stay off by such a batch until then. The PostgreSQL variant kills the
 * service inside releases.
 */
class BallotBoxCrashH2IntegrationTest extends BallotBoxCrashIntegrationTest {

    @Override
    DiskDatabase database() {
        return DiskDatabase.H2_FILE;
    }

    @Override
    Map<String, String> releasesUnderLoad() {
        return RELEASE_HOURLY;
    }
}
