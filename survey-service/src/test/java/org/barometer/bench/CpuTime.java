package org.barometer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by processes of this machine (Linux {@code /proc}), to say where a
 * submission's CPU goes: the service, PostgreSQL's backends, the load client. Unlike throughput, CPU per
 * submission barely depends on what else the machine is doing.
 */
final class CpuTime {

    /** Linux reports utime and stime in clock ticks of 1/100 s on every architecture it runs on here. */
    private static final int TICKS_PER_SECOND = 100;

    private CpuTime() {
    }

    /** utime + stime of one process, in ms; 0 once it is gone. */
    static long ofProcess(long pid) {
        try {
            return fromStat(Files.readString(Path.of("/proc/" + pid + "/stat")));
        } catch (IOException gone) {
            return 0;
        }
    }

    /**
     * utime + stime of the PostgreSQL backends connected to one database, in ms (its command line
     * reads "postgres: user database host(port) state"): what other databases' clients cost the
     * server is left out, and so are the server's own writers.
     */
    static long ofPostgres(String database) {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> {
                        try {
                            String stat = Files.readString(p.resolve("stat"));
                            String command = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                            return stat.contains("(postgres)") && command.contains(" " + database + " ") ? fromStat(stat) : 0;
                        } catch (IOException gone) {
                            return 0;
                        }
                    }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long fromStat(String stat) {
        // Fields after the command name, which may hold spaces, in parentheses: utime and stime are 14 and 15.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / TICKS_PER_SECOND;
    }
}
