using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Codegen.Cli;

/// <summary>Gives the spec file the item metadata MSBuild would (build_metadata.AdditionalFiles.*); other files get none.</summary>
internal sealed class FileOptionsProvider(string specPath, IReadOnlyDictionary<string, string> specOptions) : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions NoOptions = new DictionaryOptions(new Dictionary<string, string>());
    private readonly AnalyzerConfigOptions _specOptions = new DictionaryOptions(specOptions);

    public override AnalyzerConfigOptions GlobalOptions => NoOptions;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => NoOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => string.Equals(textFile.Path, specPath, StringComparison.Ordinal) ? _specOptions : NoOptions;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
