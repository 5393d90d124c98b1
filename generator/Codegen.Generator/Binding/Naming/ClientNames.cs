using System.Collections.Generic;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding.Naming;

/// <summary>The client's base name: the ClientName option, else info.title, else (with warning OAG0014) the file name.</summary>
internal static class ClientNames
{
    public static string Of(ApiDocument document, GeneratorOptions options, List<SpecDiagnostic> diagnostics)
    {
        var name = IdentifierNames.Pascal(options.ClientName ?? document.Title, "Api");
        if (options.ClientName is null && document.MissingTitle is { } missing)
        {
            // Named after the file, the client changes name when the file is renamed: say so, and how to choose it.
            diagnostics.Add(SpecDiagnostic.Create(
                DiagnosticDescriptors.MissingInfo,
                missing.Location,
                missing.NoInfo ? "'info' object" : "'title' in its 'info' object",
                ClientBinder.InterfaceName(name),
                missing.NoInfo ? "info: { title: My API, version: '1.0' } to the description" : "a title to info (title: My API)"));
        }

        return name;
    }
}
