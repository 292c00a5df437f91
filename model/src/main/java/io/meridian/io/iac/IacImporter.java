package io.meridian.io.iac;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.catalog.RegionCatalog;
import io.meridian.io.DesignFormatException;
import io.meridian.io.DesignReader;
import io.meridian.model.Design;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds a Meridian design from infrastructure code: Terraform plan or state JSON, or CloudFormation stacks. The
 * resources are read and redacted first; the per-cloud mappers copy only the attributes they map (ids, names,
 * counts, instance types, regions, replication and routing settings); whatever no mapper takes is listed in the
 * summary with its type and why. The result is read back through {@link DesignReader}, so it is a valid design.
 */
public final class IacImporter {
    /** Types that are plumbing: networking, identity, secrets, monitoring, helpers. No Meridian element stands for them. */
    private static final Pattern PLUMBING = Pattern.compile(".*(vpc|subnet|security_group|route_table|route$|"
            + "gateway_attachment|internet_gateway|nat_gateway|iam_|kms_|network_interface|_eip|resource_group|"
            + "virtual_network|network_security|public_ip|service_account|project|firewall|target_group|listener|"
            + "cloudwatch|monitor_|log_|acm_|ssm_|secretsmanager|secret|key_vault|dns_managed_zone_|parameter_group|"
            + "subnet_group|option_group|^random_|^null_|^tls_|^time_|^terraform_|role|policy|certificate|"
            + "lb_backend_address_pool|lb_rule|lb_probe|health_check|network_endpoint|url_map|target_http|"
            + "instance_profile|key_pair|user$|password|ec2_|AWS::IAM|AWS::EC2::(VPC|Subnet|SecurityGroup)).*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private IacImporter() {
    }

    /** The design and what was mapped and skipped. */
    public record Result(Design design, ImportSummary summary) {
    }

    /** Imports a {@code terraform show -json} file. */
    public static Result terraform(Path file, RegionCatalog catalog, PriceLookup prices) throws IOException {
        return importResources(TerraformReader.read(file), "Imported from " + file.getFileName(), file.toString(),
                catalog, prices);
    }

    /** Imports CloudFormation stacks, each deployed to its region. */
    public static Result cloudFormation(List<CloudFormationReader.Stack> stacks, RegionCatalog catalog,
                                        PriceLookup prices) {
        String files = String.join(", ", stacks.stream().map(s -> s.file().getFileName() + "=" + s.region()).toList());
        return importResources(CloudFormationReader.read(stacks), "Imported from " + files, files, catalog, prices);
    }

    /** Imports resources already read (Terraform or CloudFormation). */
    public static Result importResources(List<IacResource> resources, String designName, String source,
                                         RegionCatalog catalog, PriceLookup prices) {
        Inventory inventory = new Inventory(resources);
        DesignDraft draft = new DesignDraft(catalog, prices);
        new AwsMapper(inventory, draft).map();
        new GcpMapper(inventory, draft).map();
        new AzureMapper(inventory, draft).map();
        for (IacResource r : resources) {
            if (!draft.handled(r)) {
                draft.skip(r, PLUMBING.matcher(r.type()).matches()
                        ? "networking, identity or configuration: no Meridian element stands for it"
                        : "resource type not mapped by the importer (see docs/import.md)");
            }
        }
        draft.note("No populations were imported: infrastructure code holds no users or request rates. Add "
                + "populations (where users are, how many requests) before reading availability, latency or "
                + "capacity per population.");
        ObjectNode json = draft.toJson(designName, "Imported from " + source + " by meridian import: "
                + "infrastructure only (regions, components, replication, routing); see the import summary for "
                + "what was skipped and assumed.");
        String text;
        try {
            text = JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the imported design could not be written as JSON", e);
        }
        try {
            return new Result(new DesignReader(catalog).read(text, source + " (imported)"), draft.summary());
        } catch (DesignFormatException e) {
            // The mappers build only what the model accepts; a refusal here is a defect of the importer.
            throw new IllegalStateException("the imported design does not validate: " + e.getMessage(), e);
        }
    }
}
