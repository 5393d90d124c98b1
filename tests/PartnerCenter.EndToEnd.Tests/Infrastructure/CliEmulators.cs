using System.Text.Json.Nodes;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A stand-alone emulator for command-line runs whose state must outlive one process (create, then read it back),
/// and how to point the tool at it: <c>--endpoint</c> plus a token in the environment.
/// </summary>
public static class CliEmulators
{
    public static readonly IReadOnlyDictionary<string, string> TokenEnvironment =
        new Dictionary<string, string> { ["PARTNER_CENTER_TOKEN"] = TestClients.SecretToken };

    public static Task<PartnerCenterEmulator> StartAsync(bool integrationSandbox = false) =>
        PartnerCenterEmulator.StartAsync(new EmulatorOptions { Port = 0, IntegrationSandbox = integrationSandbox, RequestLogCapacity = 10_000 });

    /// <summary>Runs the tool against <paramref name="emulator"/>: <paramref name="arguments"/> then <c>--endpoint</c>, with the token.</summary>
    public static Task<CliResult> RunAsync(this PartnerCenterEmulator emulator, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        return CliRunner.RunAsync([.. arguments, "--endpoint", emulator.BaseAddress.ToString()], TokenEnvironment);
    }

    /// <summary>Standard output read as JSON lines (-o ndjson): one object per line.</summary>
    public static IReadOnlyList<JsonObject> JsonLines(this CliResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject())];
    }

    /// <summary>Standard output read as one JSON document.</summary>
    public static JsonNode Json(this CliResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonNode.Parse(result.Output) ?? throw new InvalidOperationException("The output was JSON null.");
    }

    /// <summary>The requests of <paramref name="method"/> to exactly <paramref name="path"/> (no query string).</summary>
    public static IReadOnlyList<RecordedRequest> RequestsTo(this PartnerCenterEmulator emulator, string method, string path)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        return [.. emulator.Requests.Where(request => request.Method == method && request.Path == path)];
    }

    /// <summary>A header of a recorded request, whatever its case, or null.</summary>
    public static string? Header(this RecordedRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
    }
}
