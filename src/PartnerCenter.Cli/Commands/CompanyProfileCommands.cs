using System.CommandLine;

namespace PartnerCenter.Cli;

/// <summary><c>customers company-profile get &lt;customer-tenant-id&gt;</c>.</summary>
internal static class CompanyProfileCommands
{
    public static Command Create()
    {
        var command = new Command("company-profile", "Read a customer's company profile (tenant, domain, company name, address, email).");
        command.Subcommands.Add(Get());
        return command;
    }

    private static Command Get()
    {
        var customerId = CommandParts.CustomerId();
        var output = OutputFormats.Create("the company profile", OutputFormats.Json);
        var command = new Command(
            "get",
            "Get a customer's company profile and print it (the service accepts only app+user tokens here).")
        {
            customerId, output,
        };
        return command.WithCustomerAction(customerId, new ConnectionOptions(), async (parseResult, id, connection, invocation) =>
        {
            var format = parseResult.GetRequiredValue(output);
            return await Session.RunAsync(invocation, connection, async target =>
            {
                var profile = await target.Api.GetCustomerCompanyProfileAsync(id, cancellationToken: invocation.CancellationToken);
                await Printer.WriteAsync(invocation.Output, format, profile, ProfileTables.Write, () => JsonText.Indented.CustomerCompanyProfile, () => JsonText.Compact.CustomerCompanyProfile);
                return ExitCodes.Success;
            });
        });
    }
}
