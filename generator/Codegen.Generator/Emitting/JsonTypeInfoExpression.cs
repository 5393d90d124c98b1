namespace Codegen.Generator.Emitting;

/// <summary>
/// The C# expression for a type's <c>JsonTypeInfo&lt;T&gt;</c> in the client's JSON context, for the code the generator
/// writes around Refit (streamed responses, methods sent over HttpClient).
/// </summary>
internal static class JsonTypeInfoExpression
{
    /// <param name="typeName">The type as C# spells it, without nullability.</param>
    /// <param name="context">The context instance, e.g. <c>global::Ns.PetsJsonContext.Default</c>.</param>
    public static string Of(string typeName, string context)
        => $"(global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<{typeName}>){context}.GetTypeInfo(typeof({typeName}))!";
}
