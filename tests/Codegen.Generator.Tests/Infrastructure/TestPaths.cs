namespace Codegen.Generator.Tests.Infrastructure;

/// <summary>Where the test inputs are once copied next to the test assembly.</summary>
public static class TestPaths
{
    public static string SpecFolder => Path.Combine(AppContext.BaseDirectory, "spec");

    public static string CustomersSpec => Path.Combine(SpecFolder, "partner-center-customers.yaml");

    /// <summary>tests/corpus: every public description the corpus tests generate, by folder.</summary>
    public static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "corpus");

    /// <summary>tests/corpus/openapi-examples: the OpenAPI Initiative's examples.</summary>
    public static string OpenApiExamples => Path.Combine(CorpusFolder, "openapi-examples");

    public static string TestSpecs => Path.Combine(AppContext.BaseDirectory, "Specs");

    /// <summary>tests/corpus: the public descriptions kept in the repository (OAI examples, large real APIs).</summary>
    public static string RepositoryCorpus => Path.Combine(AppContext.BaseDirectory, "corpus");
}
