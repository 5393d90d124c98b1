using System;
using System.Collections.Generic;
using System.Linq;

namespace Codegen.Generator.Binding;

/// <summary>
/// A polymorphic family: an abstract base record chosen by a discriminator property, and its derived records.
/// </summary>
/// <param name="BaseId">The schema with the discriminator.</param>
/// <param name="DiscriminatorJsonName">The discriminator property as it is on the wire.</param>
/// <param name="Derived">Derived schema ids in a stable order (mapping order, then implicit ones in spec order).</param>
/// <param name="Values">Discriminator value → derived schema id, mapping first; values are unique.</param>
/// <param name="DefaultId">
/// The derived schema of payloads whose discriminator is absent or not listed (OpenAPI 3.2 <c>defaultMapping</c>);
/// null: they read as Unknown{Base}.
/// </param>
internal sealed record Family(
    string BaseId,
    string DiscriminatorJsonName,
    IReadOnlyList<string> Derived,
    IReadOnlyList<(string Value, string DerivedId)> Values,
    string? DefaultId = null);

/// <summary>Every polymorphic family of a document, found by <see cref="HierarchyFinder"/>.</summary>
internal sealed class Hierarchies
{
    private readonly Dictionary<string, Family> _byBase;
    private readonly Dictionary<string, string> _baseOfDerived;

    /// <param name="families">The families found.</param>
    /// <param name="wrapperRecords">Derived schemas that only say <c>allOf: [Base]</c>: records of their own, not Base.</param>
    public Hierarchies(IEnumerable<Family> families, IEnumerable<string> wrapperRecords)
    {
        WrapperRecords = wrapperRecords.OrderBy(id => id, StringComparer.Ordinal).ToList();
        _byBase = families.ToDictionary(f => f.BaseId, StringComparer.Ordinal);
        _baseOfDerived = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var family in _byBase.Values)
        {
            foreach (var derived in family.Derived)
            {
                _baseOfDerived[derived] = family.BaseId;
            }
        }
    }

    public IReadOnlyList<string> WrapperRecords { get; }

    public IEnumerable<Family> Families => _byBase.Values.OrderBy(f => f.BaseId, StringComparer.Ordinal);

    // Most descriptions have no families: then no id (long strings) is hashed to find that out.
    public Family? FamilyOf(string baseId) => _byBase.Count > 0 && _byBase.TryGetValue(baseId, out var family) ? family : null;

    public string? BaseOf(string derivedId) => _baseOfDerived.Count > 0 && _baseOfDerived.TryGetValue(derivedId, out var baseId) ? baseId : null;

    public bool IsBase(string schemaId) => _byBase.ContainsKey(schemaId);
}
