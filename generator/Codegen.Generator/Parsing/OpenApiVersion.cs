using System.Globalization;
using System.Linq;

namespace Codegen.Generator.Parsing;

/// <summary>How the generator treats the document's <c>openapi</c> version.</summary>
internal enum OpenApiVersionSupport
{
    /// <summary>A 3.x minor version the generator reads (3.0, 3.1, 3.2).</summary>
    Known,

    /// <summary>A later 3.x minor version: read as the newest known one, with warning OAG0015.</summary>
    NewerMinor,

    /// <summary>Not OpenAPI 3 (or not a version at all): error OAG0005.</summary>
    Unsupported,
}

/// <summary>
/// The one place that decides which <c>openapi</c> versions are read. OpenAPI's minor versions only add to
/// the format, so a later 3.x document is read as the newest known one (with a warning that what it adds is
/// ignored) rather than refused; another major version is refused.
/// </summary>
internal static class OpenApiVersion
{
    /// <summary>The versions read, as messages list them.</summary>
    public const string Supported = "OpenAPI 3.0.x, 3.1.x and 3.2.x, and Swagger 2.0";

    /// <summary>The newest minor version read, which a newer 3.x document is read as.</summary>
    public const string Newest = "3.2";

    private const int NewestMinor = 2;

    private static readonly char[] PreReleaseSeparators = { '-', '+' };

    public static OpenApiVersionSupport Check(string version)
    {
        // major.minor.patch with an optional pre-release ("3.1.0-rc1"); "3.0" without a patch is common in the wild.
        var core = version.Split(PreReleaseSeparators, 2)[0];
        var parts = core.Split('.');
        if (parts.Length is < 2 or > 3 || parts[0] != "3" || !IsNumber(parts[1]) || (parts.Length == 3 && !IsNumber(parts[2])))
        {
            return OpenApiVersionSupport.Unsupported;
        }

        return int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture) <= NewestMinor
            ? OpenApiVersionSupport.Known
            : OpenApiVersionSupport.NewerMinor;
    }

    private static bool IsNumber(string text)
        => text.Length is > 0 and <= 6 && text.All(c => c is >= '0' and <= '9');
}
