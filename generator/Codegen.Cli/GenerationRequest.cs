namespace Codegen.Cli;

/// <summary>What one run of the host is asked to do.</summary>
internal sealed record GenerationRequest(
    string SpecPath,
    string Namespace,
    string OutputDirectory,
    string? ClientName,
    bool InterfacePerTag,
    bool AllowExternalReferences,
    string? DependencyFile)
{
    /// <summary>Header parameters left out of every method (the client's handlers set them); names compared ignoring case.</summary>
    public IReadOnlyList<string> OmitHeaders { get; init; } = [];

    /// <summary>The project whose OpenApiSpec item gave the options, when the build runs the tool: option errors are reported there.</summary>
    public string? ProjectFile { get; init; }

    /// <summary>How warnings are governed, as NoWarn / WarningsAsErrors / TreatWarningsAsErrors govern the compiler's.</summary>
    public WarningPolicy Warnings { get; init; } = WarningPolicy.Default;
}
