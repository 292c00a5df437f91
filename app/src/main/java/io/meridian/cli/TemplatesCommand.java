package io.meridian.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.meridian.templates.TemplateInfo;
import io.meridian.templates.Templates;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code meridian templates}: the built-in designs. */
@Command(name = "templates", mixinStandardHelpOptions = true, description = "List the built-in designs.")
final class TemplatesCommand implements Callable<Integer> {
    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode list = CliJson.MAPPER.createArrayNode();
            for (TemplateInfo t : Templates.list()) {
                list.addObject().put("id", t.id()).put("title", t.title()).put("summary", t.summary()).put("seed", t.seed());
            }
            out.println(CliJson.pretty(list));
        } else {
            TextTable table = new TextTable("id", "title", "summary");
            for (TemplateInfo t : Templates.list()) {
                table.row(t.id(), t.title(), t.summary());
            }
            table.print(out);
        }
        return MeridianCommand.OK;
    }
}
