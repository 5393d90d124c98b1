using System.Text;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>Spells a bound <see cref="TypeRef"/> as C#: generated types global::-qualified in the client's namespace, collections as read-only interfaces.</summary>
internal static class TypeNames
{
    public static string Of(TypeRef type, bool nullable, string namespaceName)
        => !nullable && type.Kind == TypeRefKind.Builtin
            ? Builtin(type.Builtin)
            : new Spelled(type, nullable, namespaceName).ToString();

    public static string Of(TypeRef type, string namespaceName) => Of(type, nullable: false, namespaceName);

    /// <summary>The type's name appended into a line being written (see <see cref="SourceWriter.LineHandler"/>), with no string of its own.</summary>
    public readonly struct Spelled(TypeRef type, bool nullable, string namespaceName) : ISourceText
    {
        public void AppendTo(StringBuilder builder) => Append(builder, type, nullable, namespaceName);

        public override string ToString()
        {
            // One builder per thread, taken while in use: a name is short, and a new builder would grow by chunks to hold it.
            var builder = t_builder ?? new StringBuilder(128);
            t_builder = null;
            AppendTo(builder);
            var name = builder.ToString();
            t_builder = builder.Clear();
            return name;
        }
    }

    [System.ThreadStatic]
    private static StringBuilder? t_builder;

    private static void Append(StringBuilder builder, TypeRef type, bool nullable, string namespaceName)
    {
        switch (type.Kind)
        {
            case TypeRefKind.Generated:
                builder.Append("global::").Append(namespaceName).Append('.').Append(type.Name);
                break;
            case TypeRefKind.List:
                builder.Append(KnownTypes.ReadOnlyList).Append('<');
                Append(builder, type.Element!, type.ElementNullable, namespaceName);
                builder.Append('>');
                break;
            case TypeRefKind.Map:
                builder.Append(KnownTypes.ReadOnlyDictionary).Append("<string, ");
                Append(builder, type.Element!, type.ElementNullable, namespaceName);
                builder.Append('>');
                break;
            default:
                builder.Append(Builtin(type.Builtin));
                break;
        }

        if (nullable)
        {
            builder.Append('?');
        }
    }

    private static string Builtin(BuiltinType builtin) => builtin switch
    {
        BuiltinType.String => KnownTypes.String,
        BuiltinType.Bool => "bool",
        BuiltinType.Int => "int",
        BuiltinType.Long => "long",
        BuiltinType.Float => "float",
        BuiltinType.Double => "double",
        BuiltinType.Decimal => "decimal",
        BuiltinType.Bytes => "byte[]",
        BuiltinType.Guid => KnownTypes.Guid,
        BuiltinType.DateTimeOffset => KnownTypes.DateTimeOffset,
        BuiltinType.DateOnly => KnownTypes.DateOnly,
        BuiltinType.TimeSpan => "global::System.TimeSpan",
        BuiltinType.Uri => KnownTypes.Uri,
        BuiltinType.JsonElement => KnownTypes.JsonElement,
        BuiltinType.Stream => KnownTypes.Stream,
        BuiltinType.HttpContent => KnownTypes.HttpContent,
        BuiltinType.CancellationToken => KnownTypes.CancellationToken,
        BuiltinType.MultipartItem => KnownTypes.MultipartItem,
        BuiltinType.MultipartItems => KnownTypes.MultipartItems,
        BuiltinType.FormFields => KnownTypes.FormFields,
        _ => throw new System.ArgumentOutOfRangeException(nameof(builtin), builtin, "A built-in type without a C# name."),
    };
}
