using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Schemas;

/// <summary>Each schema test spec generated and compiled once, shared by the tests that read it.</summary>
internal static class SchemaSpecs
{
    /// <summary>Uses the generated types directly: the compiler checks the shapes tests rely on.</summary>
    private const string CompositionProbe = """
        using Schemas.Client;

        public static class CompositionProbe
        {
            // A Dog is a Pet; its constructor sets the discriminator, so it needs no value from the caller.
            public static Pet NewDog() => new Dog { Name = "Rex", Barks = true };

            public static bool DocumentHasFlattenedParts(Document document)
                => document.CreatedAt != default && document.Title.Length > 0 && document.Name is not null;

            public static PaymentMethod Card(string number) => new PaymentMethod { Card = new Card { CardNumber = number } };
        }
        """;

    public static readonly Lazy<GeneratedModels> Composition = new(() => GeneratedModels.FromSpec("composition.yaml", CompositionProbe));
}
