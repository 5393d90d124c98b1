using System;
using System.Collections.Generic;

namespace Codegen.Generator.Binding;

/// <summary>
/// Hands out one instance per distinct value of an immutable, value-equal model type. A large description repeats
/// the same parameter or response in thousands of operations (<c>limit</c>, <c>X-Request-Id</c>, "404: Not found"),
/// and the bound model keeps every copy alive until the emitter is done: one shared instance each makes the model
/// smaller and cheaper for the garbage collector to carry. Equal values are interchangeable (the models compare by
/// value), so the output is the same.
/// </summary>
internal sealed class Interner<T>
    where T : class, IEquatable<T>
{
    private readonly Dictionary<T, T> _values = new();

    /// <summary>The instance equal to <paramref name="value"/> handed out first, or <paramref name="value"/> itself.</summary>
    public T Intern(T value)
    {
        if (_values.TryGetValue(value, out var known))
        {
            return known;
        }

        _values.Add(value, value);
        return value;
    }
}
