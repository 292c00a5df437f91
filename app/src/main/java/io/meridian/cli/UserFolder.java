package io.meridian.cli;

import io.meridian.catalog.RegionCatalog;
import io.meridian.catalog.UserFiles;
import io.meridian.cost.PriceCatalog;
import io.meridian.latency.Corridors;
import io.meridian.latency.MeasuredRtts;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the command line finds the user's own files: the environment variables that name them
 * ({@code MERIDIAN_CATALOG}, {@code MERIDIAN_PRICES}, {@code MERIDIAN_CORRIDORS}, {@code MERIDIAN_LATENCY}) and the
 * home folder whose {@code .meridian/} holds them otherwise. The process's own, or given (tests). A bad file is a
 * {@link io.meridian.catalog.CatalogException}: one located line, exit 2.
 */
record UserFolder(Map<String, String> env, Path home) {
    UserFolder {
        env = Map.copyOf(env);
    }

    static UserFolder ofProcess() {
        return new UserFolder(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    RegionCatalog catalog() {
        return RegionCatalog.forUser(env, home);
    }

    PriceCatalog prices() {
        return PriceCatalog.forUser(env, home);
    }

    Corridors corridors() {
        return Corridors.forUser(env, home);
    }

    /**
     * The measured RTTs of this run: the user's global file ({@code MERIDIAN_LATENCY}, else
     * {@code ~/.meridian/latency.csv}) with {@code runFile} (the command's {@code --latency FILE}, or null) laid over
     * it pair by pair. Both are read whole before anything is evaluated.
     */
    MeasuredRtts measured(Path runFile, Supplier<RegionCatalog> catalog) {
        Optional<Path> globalFile = UserFiles.find(env, home, MeasuredRtts.ENV_VAR, MeasuredRtts.FILE_NAME);
        if (globalFile.isEmpty() && runFile == null) {
            return MeasuredRtts.none(); // nothing to read, so no catalogue to load either
        }
        RegionCatalog places = catalog.get();
        MeasuredRtts global = globalFile.map(f -> MeasuredRtts.load(f, places)).orElse(MeasuredRtts.none());
        return runFile == null ? global : global.overlaidWith(MeasuredRtts.load(runFile, places));
    }
}
