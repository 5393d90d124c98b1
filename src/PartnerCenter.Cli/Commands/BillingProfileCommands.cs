using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PartnerCenter.Customers;

namespace PartnerCenter.Cli;

/// <summary>
/// <c>customers billing-profile get &lt;id&gt;</c> and <c>customers billing-profile update &lt;id&gt; --from FILE.json
/// [--if-match ETAG]</c>: read-modify-write with optimistic concurrency.
/// </summary>
internal static partial class BillingProfileCommands
{
    private const string What = "a billing profile";

    public static Command Create()
    {
        var command = new Command("billing-profile", "Read or update a customer's billing profile (contact, culture, default billing address).");
        command.Subcommands.Add(Get());
        command.Subcommands.Add(Update());
        return command;
    }

    private static Command Get()
    {
        var customerId = CommandParts.CustomerId();
        var output = OutputFormats.Create("the billing profile", OutputFormats.Json);
        var command = new Command(
            "get",
            "Get a customer's billing profile and print it, with its ETag (attributes.etag).")
        {
            customerId, output,
        };
        command.WithNotes(
            "Saved with -o json, the profile is a file 'billing-profile update --from' takes: the update then succeeds only if the profile has not changed since this read.");
        return command.WithCustomerAction(customerId, new ConnectionOptions(), async (parseResult, id, connection, invocation) =>
        {
            var format = parseResult.GetRequiredValue(output);
            return await Session.RunAsync(invocation, connection, async target =>
            {
                var profile = await target.Api.GetCustomerBillingProfileAsync(id, cancellationToken: invocation.CancellationToken);
                await PrintAsync(invocation, format, profile);
                return ExitCodes.Success;
            });
        });
    }

    private static Command Update()
    {
        var customerId = CommandParts.CustomerId();
        var from = CommandParts.From("the billing profile, whole or only the members to change");
        var ifMatch = new Option<string?>("--if-match")
        {
            Description = "Update only if the profile is still this version (an ETag from 'billing-profile get'); overrides the file's attributes.etag.",
            HelpName = "etag",
        };
        var output = OutputFormats.Create("the updated billing profile", OutputFormats.Json);
        var command = new Command(
            "update",
            "Update a customer's billing profile from a file, without overwriting a change made by someone else since it was read.")
        {
            customerId, from, ifMatch, output,
        };
        command.WithNotes(
            """
            The profile is read, the file applied to it, and the result sent back with If-Match, so that a change made by
            someone else in between is never overwritten. The file's members replace the profile's (objects member by
            member, null removes a member, members left out are kept), so it can hold the whole profile or only what changes.
            Which version the update replaces: --if-match if given, else the file's attributes.etag (a file saved from
            'billing-profile get -o json' carries the ETag of that read), else the version just read. If the profile changed
            since that version, nothing is changed and the exit code is 8: read it again, reapply the change, update again.
            """);
        return command.WithCustomerAction(customerId, new ConnectionOptions(), async (parseResult, id, connection, invocation) =>
        {
            var forcedEtag = parseResult.GetValue(ifMatch);
            if (forcedEtag is not null && !EtagText().IsMatch(forcedEtag))
            {
                return await invocation.FailAsync(
                    ExitCodes.UsageError,
                    "error: --if-match must be an ETag as 'billing-profile get' shows it (attributes.etag), such as -4242348048554929329, optionally in double quotes.");
            }

            var path = parseResult.GetRequiredValue(from);
            CustomerBillingProfile fromFile;
            JsonNode? patch;
            try
            {
                var text = await JsonFileInput.ReadTextAsync(path, invocation.Input, invocation.CancellationToken);
                fromFile = JsonFileInput.Parse(path, text, JsonText.Input.CustomerBillingProfile, What);
                patch = JsonNode.Parse(text);
            }
            catch (CliExitException problem)
            {
                return await invocation.FailAsync(problem.ExitCode, problem.Message);
            }

            var format = parseResult.GetRequiredValue(output);
            var update = new UpdateRequest(id, path, fromFile, patch, forcedEtag, format);
            return await Session.RunAsync(invocation, connection, target => UpdateAsync(target.Api, update, invocation));
        });
    }

    private static async Task<int> UpdateAsync(IPartnerCenterCustomersApi api, UpdateRequest request, CliInvocation invocation)
    {
        var current = await api.GetCustomerBillingProfileAsync(request.CustomerId, cancellationToken: invocation.CancellationToken);

        // The file applied to the profile as read, then read back as the model, so the body is what the client sends.
        var merged = JsonMergePatch.Apply(JsonSerializer.SerializeToNode(current, JsonText.Input.CustomerBillingProfile), request.Patch);
        CustomerBillingProfile profile;
        try
        {
            profile = merged.Deserialize(JsonText.Input.CustomerBillingProfile)
                ?? throw new JsonException("The result is JSON null.");
        }
        catch (JsonException exception)
        {
            throw new CliExitException(
                ExitCodes.UsageError,
                $"error: --from {request.Path}: applied to the current billing profile, it {JsonFileInput.Locate(exception, What)}");
        }

        var (etag, source) = request.ForcedEtag is { } forced
            ? (forced, "was given with --if-match")
            : !string.IsNullOrEmpty(request.FromFile.Attributes?.Etag)
                ? (request.FromFile.Attributes.Etag, $"came from attributes.etag in {request.Path}: the profile changed since that file was read")
                : (current.Attributes?.Etag, "was read just before the update: the profile changed in that moment");
        if (string.IsNullOrEmpty(etag))
        {
            throw new CliExitException(
                ExitCodes.ServiceError,
                "error: invalid response: the service returned the billing profile without an ETag (attributes.etag), so the update could not say which version it replaces; nothing was sent. Pass --if-match with the ETag to use.");
        }

        profile = profile with { Attributes = (profile.Attributes ?? new ResourceAttributes()) with { Etag = etag } };
        CustomerBillingProfile stored;
        try
        {
            stored = await api.UpdateBillingProfileAsync(request.CustomerId, profile, invocation.CancellationToken);
        }
        catch (PartnerCenterException conflict) when (conflict.Kind == PartnerCenterFailureKind.ConcurrencyConflict)
        {
            throw new CliExitException(ExitCodes.ConcurrencyConflict, ConflictMessage(request, conflict, etag, source));
        }

        await PrintAsync(invocation, request.Format, stored);
        return ExitCodes.Success;
    }

    private static string ConflictMessage(UpdateRequest request, PartnerCenterException conflict, string etag, string source)
    {
        var answer = conflict.ErrorCode is null ? $"HTTP {conflict.StatusCode}" : $"HTTP {conflict.StatusCode}, error code {conflict.ErrorCode}";
        var retried = conflict.Attempts > 1
            ? " The call was retried: an attempt whose answer was lost may have applied the update itself, so look before applying it again."
            : string.Empty;
        var again = $"{RootCommand.ExecutableName} customers billing-profile get {request.CustomerId} -o json";
        return $"error: concurrency conflict: the billing profile changed after the version this update was based on, so Partner Center refused it ({answer}) and nothing was changed. "
            + $"The ETag sent in If-Match, {etag}, {source}.{retried} "
            + $"Read the profile again ({again}), apply your change to it, and update from that. "
            + $"[MS-CorrelationId {conflict.CorrelationId}, MS-RequestId {conflict.RequestId}]";
    }

    private static Task PrintAsync(CliInvocation invocation, string format, CustomerBillingProfile profile) =>
        Printer.WriteAsync(invocation.Output, format, profile, ProfileTables.Write, () => JsonText.Indented.CustomerBillingProfile, () => JsonText.Compact.CustomerBillingProfile);

    // RFC 9110 entity-tag characters, bare or quoted, optionally weak: what the client can put in If-Match.
    [GeneratedRegex("""^(W/)?("[\x21\x23-\x7E]+"|[\x21\x23-\x7E]+)$""")]
    private static partial Regex EtagText();

    private sealed record UpdateRequest(Guid CustomerId, string Path, CustomerBillingProfile FromFile, JsonNode? Patch, string? ForcedEtag, string Format);
}
