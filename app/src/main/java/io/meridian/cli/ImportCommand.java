package io.meridian.cli;

import io.meridian.catalog.CatalogException;
import io.meridian.cost.PriceUnit;
import io.meridian.io.DesignFiles;
import io.meridian.io.DesignFormatException;
import io.meridian.io.DesignReader;
import io.meridian.io.iac.CloudFormationReader;
import io.meridian.io.iac.IacImporter;
import io.meridian.io.iac.ImportException;
import io.meridian.io.iac.PriceLookup;
import io.meridian.io.iac.Reimport;
import io.meridian.model.Design;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code meridian import terraform|cloudformation …}: a design from infrastructure code. Writes the design
 * atomically and prints the summary: each resource mapped (address → element) and skipped (address, type, why).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Build a design from infrastructure code: a Terraform plan or state as JSON, or "
                + "CloudFormation templates. Secrets in the code are never copied.",
        subcommands = {ImportCommand.Terraform.class, ImportCommand.CloudFormation.class})
final class ImportCommand implements Runnable {
    @ParentCommand
    MeridianCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to import: terraform or "
                + "cloudformation");
    }

    /** Options both kinds share: where the design goes, and the design it updates. */
    abstract static class Target {
        @Option(names = {"-o", "--output"}, paramLabel = "DESIGN.json", required = true,
                description = "write the design here (atomically: a temp file beside it, then renamed)")
        Path output;

        @Option(names = "--into", paramLabel = "EXISTING.json", description = "re-import over this design: keep its "
                + "populations, objectives, assumptions, layout and alternatives, replace its infrastructure, and "
                + "print what changed (it may be the same file as -o)")
        Path into;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract ImportCommand parent();

        /** Imports, merges when asked, writes and prints; exit 0 also when some resources were skipped. */
        int write(IacImporter.Result result) throws IOException {
            Design design = result.design();
            List<String> changes = List.of();
            if (into != null) {
                Reimport.Result merged = Reimport.merge(readExisting(), design);
                design = merged.design();
                changes = merged.changes();
            }
            checkOutput();
            Design finalDesign = design;
            DesignFiles.save(finalDesign, output);
            PrintWriter out = spec.commandLine().getOut();
            out.println("wrote " + output + ": " + design.topology().regions().size() + " regions, "
                    + design.topology().components().size() + " components, " + design.topology().links().size()
                    + " links, " + design.topology().datasets().size() + " datasets");
            result.summary().lines().forEach(out::println);
            if (into != null) {
                out.println("changes against " + into + " (" + changes.size() + "):");
                changes.forEach(c -> out.println("  " + c));
            }
            return MeridianCommand.OK;
        }

        private Design readExisting() {
            try {
                return new DesignReader(parent().root.user().catalog()).read(into);
            } catch (DesignFormatException e) {
                throw new BadInputException(e.lines());
            } catch (NoSuchFileException e) {
                throw new BadInputException(List.of("--into " + into + ": no such file"));
            } catch (IOException e) {
                throw new BadInputException(List.of("--into " + into + ": cannot read: " + e.getMessage()));
            }
        }

        private void checkOutput() {
            Path dir = output.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new BadInputException(List.of("-o " + output + ": no such folder " + dir));
            }
            if (Files.isDirectory(output)) {
                throw new BadInputException(List.of("-o " + output + ": is a folder, not a file"));
            }
        }

        PriceLookup prices() {
            var catalog = parent().root.user().prices();
            return (provider, item) -> catalog.find(provider, item)
                    .filter(e -> e.unit() == PriceUnit.HOUR || e.unit() == PriceUnit.MONTH)
                    .map(e -> OptionalDouble.of(e.price())).orElse(OptionalDouble.empty());
        }

        static BadInputException unreadable(Path file, IOException e) {
            if (e instanceof NoSuchFileException) {
                return new BadInputException(List.of(file + ": no such file"));
            }
            if (e instanceof AccessDeniedException) {
                return new BadInputException(List.of(file + ": cannot read: permission denied"));
            }
            return new BadInputException(List.of(file + ": cannot read: " + e.getMessage()));
        }
    }

    @Command(name = "terraform", mixinStandardHelpOptions = true,
            description = "Import the JSON of 'terraform show -json' (a saved plan or a state; format 1.x; "
                    + "OpenTofu writes the same).",
            footer = {"%nExamples:", "  terraform plan -out=tfplan && terraform show -json tfplan > plan.json",
                    "  meridian import terraform plan.json -o design.json",
                    "  meridian import terraform plan.json -o design.json --into design.json"})
    static final class Terraform extends Target implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;

        @Parameters(index = "0", paramLabel = "FILE.json", description = "terraform show -json output")
        Path file;

        @Override
        ImportCommand parent() {
            return parent;
        }

        @Override
        public Integer call() throws IOException {
            if (Files.isDirectory(file)) {
                throw new BadInputException(List.of(file + ": is a folder, not a file"));
            }
            IacImporter.Result result;
            try {
                result = IacImporter.terraform(file, parent.root.user().catalog(), prices());
            } catch (ImportException e) {
                throw new BadInputException(List.of(e.getMessage()));
            } catch (IOException e) {
                throw unreadable(file, e);
            }
            return write(result);
        }
    }

    @Command(name = "cloudformation", mixinStandardHelpOptions = true,
            description = "Import CloudFormation templates (YAML with !Ref, !GetAtt, !Sub…, or JSON): one template "
                    + "with --region, or several stacks with --stack FILE=REGION.",
            footer = {"%nExamples:", "  meridian import cloudformation stack.yaml --region us-east-1 -o design.json",
                    "  meridian import cloudformation --stack east.yaml=us-east-1 --stack west.yaml=us-west-2 "
                            + "-o design.json"})
    static final class CloudFormation extends Target implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;

        @Parameters(index = "0", arity = "0..1", paramLabel = "TEMPLATE", description = "a template (.yaml, .json)")
        Path template;

        @Option(names = "--region", paramLabel = "R", description = "the region TEMPLATE is deployed to")
        String region;

        @Option(names = "--stack", paramLabel = "FILE=REGION", description = "a template and its region; repeat "
                + "for a multi-region set")
        List<String> stacks = new ArrayList<>();

        @Override
        ImportCommand parent() {
            return parent;
        }

        @Override
        public Integer call() throws IOException {
            List<CloudFormationReader.Stack> all = new ArrayList<>();
            if (template != null) {
                if (region == null) {
                    throw new BadInputException(List.of(template + ": give the region it is deployed to with "
                            + "--region R"));
                }
                all.add(new CloudFormationReader.Stack(template, region));
            } else if (region != null) {
                throw new BadInputException(List.of("--region " + region + ": name the TEMPLATE it is for"));
            }
            for (String s : stacks) {
                int eq = s.lastIndexOf('=');
                if (eq <= 0 || eq == s.length() - 1) {
                    throw new BadInputException(List.of("--stack " + s + ": expected FILE=REGION, e.g. "
                            + "east.yaml=us-east-1"));
                }
                all.add(new CloudFormationReader.Stack(Path.of(s.substring(0, eq)), s.substring(eq + 1)));
            }
            if (all.isEmpty()) {
                throw new BadInputException(List.of("give a TEMPLATE with --region R, or --stack FILE=REGION"));
            }
            var catalog = parent.root.user().catalog();
            for (CloudFormationReader.Stack s : all) {
                try {
                    catalog.require("aws:" + s.region());
                } catch (CatalogException e) {
                    // The catalogue's message suggests the closest id (did you mean aws:us-east-1?).
                    throw new BadInputException(List.of(s.file() + ": region " + s.region() + ": "
                            + e.getMessage()));
                }
            }
            IacImporter.Result result;
            try {
                result = IacImporter.cloudFormation(all, parent.root.user().catalog(), prices());
            } catch (ImportException e) {
                throw new BadInputException(List.of(e.getMessage()));
            } catch (CloudFormationReader.Unreadable e) {
                throw unreadable(e.file(), e.getCause());
            }
            return write(result);
        }
    }
}
