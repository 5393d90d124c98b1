using System.Buffers;

namespace PartnerCenter.Cli;

/// <summary>
/// What is wrong with the credential variables, said in terms of the variable the user set, so nobody has to
/// map a library setting or parameter name back to their environment. Values are never part of a message:
/// they are secrets (or, for the tenant, next to one).
/// </summary>
internal static class CredentialVariableChecks
{
    private const string BearerPrefix = "Bearer ";

    private static readonly SearchValues<char> B64TokenCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/");

    /// <summary>
    /// Variables that are set but empty or only whitespace. They are an error rather than "unset": an empty
    /// <c>PARTNER_CENTER_TOKEN=</c> is what a script leaves behind when its token fetch failed, and treating it as
    /// unset would quietly answer from the built-in emulator instead of failing.
    /// </summary>
    public static string? SetButEmpty(Func<string, string?> environment)
    {
        var blank = EnvironmentVariables.Credentials
            .Where(variable => environment(variable.Name) is { } value && string.IsNullOrWhiteSpace(value))
            .ToList();
        if (blank.Count == 0)
        {
            return null;
        }

        if (blank.Count == 1)
        {
            var (name, holds) = blank[0];
            return $"{name} is set but empty (did the command that was to fill it fail?): set it to {holds}, or unset it.";
        }

        var names = blank.Select(variable => variable.Name).ToList();
        return $"{string.Join(", ", names[..^1])} and {names[^1]} are set but empty (did the commands that were to fill them fail?): give them values, or unset them.";
    }

    /// <summary>
    /// Whether the token can be sent as <c>Authorization: Bearer &lt;token&gt;</c>: RFC 6750's b64token, that is
    /// letters, digits, <c>-._~+/</c> and trailing <c>=</c>. Tokens from Microsoft Entra ID (JWTs) always are;
    /// a pasted header, quotes or a stray space are not, and would otherwise fail later as a library setting or
    /// a network error.
    /// </summary>
    public static string? TokenProblem(string token)
    {
        if (token.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return $"{EnvironmentVariables.Token} starts with '{BearerPrefix}': set it to the token alone; the tool adds the Bearer scheme itself.";
        }

        if (token.Any(char.IsWhiteSpace))
        {
            return $"{EnvironmentVariables.Token} contains whitespace: set it to the token alone, one word without quotes or a scheme.";
        }

        return IsB64Token(token)
            ? null
            : $"{EnvironmentVariables.Token} contains characters a bearer token cannot have (only letters, digits, - . _ ~ + / and trailing =): set it to the token alone, without quotes.";
    }

    /// <summary>
    /// The tenant must be a GUID or a domain name, the characters Azure.Identity accepts; it rejects anything
    /// else with an exception naming its own parameter, which would reach the user as an unexpected failure.
    /// </summary>
    public static string? TenantIdProblem(string tenantId) =>
        Guid.TryParse(tenantId, out _) || tenantId.All(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '.')
            ? null
            : $"{EnvironmentVariables.AzureTenantId} is not a tenant id: set it to the partner tenant's GUID or its domain, such as contoso.onmicrosoft.com.";

    private static bool IsB64Token(string token)
    {
        var end = token.Length;
        while (end > 0 && token[end - 1] == '=')
        {
            end--;
        }

        return end > 0 && !token.AsSpan(0, end).ContainsAnyExcept(B64TokenCharacters);
    }
}
