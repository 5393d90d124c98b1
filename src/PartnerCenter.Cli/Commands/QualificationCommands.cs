using System.CommandLine;
using PartnerCenter.Customers;

namespace PartnerCenter.Cli;

/// <summary>
/// <c>customers qualifications &lt;id&gt;</c> (the customer's qualifications) and <c>customers qualifications &lt;id&gt; add
/// --type Education|GovernmentCommunityCloud|StateOwnedEntity ...</c> (apply for one).
/// </summary>
internal static class QualificationCommands
{
    public static Command Create()
    {
        var customerId = CommandParts.CustomerId();
        var output = OutputFormats.Create("the qualifications", OutputFormats.Json);
        var command = new Command(
            "qualifications",
            "Get a customer's qualifications with their vetting status; 'qualifications <customer-tenant-id> add' applies for one.")
        {
            customerId, output,
        };
        command.Subcommands.Add(Add(customerId));
        return command.WithCustomerAction(customerId, new ConnectionOptions(), async (parseResult, id, connection, invocation) =>
        {
            var format = parseResult.GetRequiredValue(output);
            return await Session.RunAsync(invocation, connection, async target =>
            {
                var qualifications = await target.Api.GetCustomerQualificationsAsync(id, cancellationToken: invocation.CancellationToken);
                await Printer.WriteListAsync(
                    invocation.Output, format, qualifications, ProfileTables.Write, () => JsonText.Indented.CustomerQualification, () => JsonText.Compact.CustomerQualification);
                return ExitCodes.Success;
            });
        });
    }

    // The id is the parent's argument: customers qualifications <customer-tenant-id> add --type ...
    private static Command Add(Argument<string> customerId)
    {
        var type = new Option<string>("--type")
        {
            Description = "The qualification to apply for.",
            Required = true,
            HelpName = "Education|GovernmentCommunityCloud|StateOwnedEntity",
        };
        type.AcceptOnlyFromAmong(
            StringComparer.OrdinalIgnoreCase,
            QualificationType.Education.Value,
            QualificationType.GovernmentCommunityCloud.Value,
            QualificationType.StateOwnedEntity.Value);
        var segment = new Option<string?>("--education-segment")
        {
            Description = "For Education: K12 or HigherEducation.",
            HelpName = "K12|HigherEducation",
        };
        segment.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, EducationSegment.K12.Value, EducationSegment.HigherEducation.Value);
        var website = new Option<string?>("--website")
        {
            Description = "For Education: the institution's website, if it has one.",
            HelpName = "url",
        };
        var validationCode = new Option<string?>("--validation-code")
        {
            Description = "For GovernmentCommunityCloud: the partner's GCC validation code.",
            HelpName = "code",
        };
        var output = OutputFormats.Create("the new qualification", OutputFormats.Json);
        var command = new Command(
            "add",
            "Apply for a qualification (Education, GovernmentCommunityCloud, StateOwnedEntity) for a customer and print it.")
        {
            type, segment, website, validationCode, output,
        };
        command.WithNotes(
            """
            Education and Government Community Cloud applications are then vetted (InReview, later Approved or Denied): follow
            them with 'qualifications <customer-tenant-id>'. The service accepts only app+user tokens here.
            """);
        return command.WithCustomerAction(customerId, new ConnectionOptions(), async (parseResult, id, connection, invocation) =>
        {
            var kind = QualificationType.KnownValues.First(known => string.Equals(known.Value, parseResult.GetRequiredValue(type), StringComparison.OrdinalIgnoreCase));
            var segmentText = parseResult.GetValue(segment);
            var code = parseResult.GetValue(validationCode);
            if (kind == QualificationType.Education && segmentText is null)
            {
                return await invocation.FailAsync(ExitCodes.UsageError, "error: --type Education needs --education-segment K12 or HigherEducation.");
            }

            if (kind == QualificationType.GovernmentCommunityCloud && string.IsNullOrWhiteSpace(code))
            {
                return await invocation.FailAsync(ExitCodes.UsageError, "error: --type GovernmentCommunityCloud needs --validation-code (the partner's GCC validation code).");
            }

            string[] misfits =
            [
                .. kind != QualificationType.Education && segmentText is not null ? ["--education-segment"] : Array.Empty<string>(),
                .. kind != QualificationType.Education && parseResult.GetValue(website) is not null ? ["--website"] : Array.Empty<string>(),
                .. kind != QualificationType.GovernmentCommunityCloud && code is not null ? ["--validation-code"] : Array.Empty<string>(),
            ];
            if (misfits.Length > 0)
            {
                return await invocation.FailAsync(
                    ExitCodes.UsageError,
                    $"error: --type {kind.Value} does not take {string.Join(" or ", misfits)}: --education-segment and --website are for Education, --validation-code for GovernmentCommunityCloud.");
            }

            var body = new CustomerQualificationRequest
            {
                Qualification = kind,
                EducationSegment = segmentText is null ? (EducationSegment?)null : EducationSegment.KnownValues.First(known => string.Equals(known.Value, segmentText, StringComparison.OrdinalIgnoreCase)),
                Website = parseResult.GetValue(website),
                ValidationCode = code,
            };
            var format = parseResult.GetRequiredValue(output);
            return await Session.RunAsync(invocation, connection, async target =>
            {
                var qualification = await target.Api.CreateCustomerQualificationAsync(id, body, cancellationToken: invocation.CancellationToken);
                await Printer.WriteAsync(
                    invocation.Output, format, qualification, ProfileTables.Write, () => JsonText.Indented.CustomerQualification, () => JsonText.Compact.CustomerQualification);
                return ExitCodes.Success;
            });
        });
    }
}
