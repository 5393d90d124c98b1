using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>
/// Reads an operation's paging extension, the same in Swagger 2.0 and OpenAPI 3. <c>x-pageable</c> is ours
/// (itemName, nextLinkName as a property or dotted path, nextLinkKind url or link); AutoRest's
/// <c>x-ms-pageable</c> is read with its own meaning (itemName, nextLinkName as one property, a URL).
/// A value that cannot be read is OAG0013 at the value, and the operation gets no pager: a pager built on
/// a guessed reading would fetch the wrong thing silently.
/// </summary>
internal static class PagingReader
{
    public const string Pageable = "x-pageable";
    public const string MsPageable = "x-ms-pageable";

    private const string DefaultItemName = "value";
    private const string DefaultNextLinkName = "nextLink";

    private static readonly string[] PageableKeys = { "itemName", "nextLinkName", "nextLinkKind" };

    /// <param name="label">How messages name the operation: its operationId, or "GET /path".</param>
    public static ApiPaging? Read(ParseContext context, SpecNode operationNode, DocMapping operation, string label)
    {
        // x-pageable says more (paths, link objects), so it wins when a description carries both.
        var extension = operation.Get(Pageable) is not null ? Pageable : operation.Get(MsPageable) is not null ? MsPageable : null;
        if (extension is null)
        {
            return null;
        }

        var node = operationNode.Child(operation.Get(extension)!, extension);
        var reader = new Reader(context, extension, label);
        return reader.Read(node);
    }

    private sealed class Reader
    {
        private readonly ParseContext _context;
        private readonly string _extension;
        private readonly string _label;

        public Reader(ParseContext context, string extension, string label)
        {
            _context = context;
            _extension = extension;
            _label = label;
        }

        private bool IsOurs => _extension == Pageable;

        public ApiPaging? Read(SpecNode node)
        {
            if (node.Node is not DocMapping mapping)
            {
                return Reject(node, "it must be an object (itemName, nextLinkName" + (IsOurs ? ", nextLinkKind)" : ")"));
            }

            // Only our own extension is closed: a misspelt key would otherwise quietly fall back to a default.
            // AutoRest's may carry keys this generator has no use for (operationName names a method it does not make).
            if (IsOurs && mapping.Entries().FirstOrDefault(e => !PageableKeys.Contains(e.Key)) is { Key: { } unknown } entry)
            {
                return Reject(node.Child(entry.Value, unknown), $"'{unknown}' is not one of its keys ({string.Join(", ", PageableKeys)})");
            }

            var location = ParseContext.Location(node);
            if (!ReadName(node, mapping, "itemName", DefaultItemName, allowNull: false, out var itemName, out var itemLocation)
                || !ReadName(node, mapping, "nextLinkName", DefaultNextLinkName, allowNull: true, out var nextLinkName, out var nextLinkLocation)
                || !ReadKind(node, mapping, out var kind))
            {
                return null;
            }

            return new ApiPaging(_extension, itemName!, nextLinkName, kind, IsOurs, location, itemLocation, nextLinkLocation);
        }

        /// <summary>A property name: absent takes the default; null (when allowed) means "none"; anything but a non-empty string is rejected.</summary>
        private bool ReadName(SpecNode owner, DocMapping mapping, string key, string defaultValue, bool allowNull, out string? value, out SourceLocation location)
        {
            location = ParseContext.Location(owner);
            value = defaultValue;
            if (mapping.Get(key) is not { } node)
            {
                return true;
            }

            var spec = owner.Child(node, key);
            location = ParseContext.Location(spec);
            if (node is DocScalar scalar && YamlAccess.IsNull(scalar) && allowNull)
            {
                value = null;
                return true;
            }

            if (node is DocScalar { Value: { Length: > 0 } text } named && !YamlAccess.IsNull(named))
            {
                value = text;
                return true;
            }

            Reject(spec, $"'{key}' must be a property name" + (allowNull ? ", or null for a single page" : string.Empty));
            return false;
        }

        private bool ReadKind(SpecNode owner, DocMapping mapping, out NextLinkKind kind)
        {
            kind = NextLinkKind.Url;
            // AutoRest's next links are always URLs; only our extension has kinds.
            if (!IsOurs || mapping.Get("nextLinkKind") is not { } node)
            {
                return true;
            }

            var spec = owner.Child(node, "nextLinkKind");
            switch ((node as DocScalar)?.Value)
            {
                case "url":
                    return true;
                case "link":
                    kind = NextLinkKind.Link;
                    return true;
                default:
                    Reject(spec, "'nextLinkKind' must be 'url' or 'link'");
                    return false;
            }
        }

        private ApiPaging? Reject(SpecNode node, string reason)
        {
            _context.Diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.PagingNotApplied, ParseContext.Location(node), _extension, _label, reason));
            return null;
        }
    }
}
