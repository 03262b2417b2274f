using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace AdminDocs;

/// <summary>
/// An immutable array that compares by value: two arrays are equal when they have the same length and equal
/// elements in the same order (<see cref="EqualityComparer{T}.Default"/>). The model's records hold their lists in it,
/// so that the same text recognized twice gives two equal documents with equal hash codes. The default value is
/// the empty array, never a "default" one that throws.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public readonly struct ValueArray<T> : IReadOnlyList<T>, IList<T>, IEquatable<ValueArray<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps an immutable array (a default one is taken as empty).</summary>
    /// <param name="items">The elements.</param>
    public ValueArray(ImmutableArray<T> items)
    {
        _items = items;
    }

    /// <summary>The empty array (the same as <see langword="default"/>).</summary>
#pragma warning disable CA1000 // Like ImmutableArray<T>.Empty: the natural spelling at call sites.
    public static ValueArray<T> Empty => default;
#pragma warning restore CA1000

    private ImmutableArray<T> Items => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    /// <summary>The number of elements.</summary>
    public int Length => _items.IsDefault ? 0 : _items.Length;

    /// <inheritdoc />
    public int Count => Length;

    /// <summary>Whether the array has no element.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Whether the array has no element (same as <see cref="IsEmpty"/>: a value array is never "default").</summary>
    public bool IsDefaultOrEmpty => Length == 0;

    /// <summary>Always <see langword="false"/>: a value array is never "default" (kept so that code written against
    /// <see cref="ImmutableArray{T}"/> reads on).</summary>
    public bool IsDefault => false;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">A 0-based index.</param>
    /// <returns>The element.</returns>
    public T this[int index] => Items[index];

    /// <summary>The elements as an <see cref="ImmutableArray{T}"/> (never a default one); no copy.</summary>
    /// <returns>The array.</returns>
    public ImmutableArray<T> AsImmutableArray() => Items;

    /// <summary>The elements as a span; no copy.</summary>
    /// <returns>The span.</returns>
    public ReadOnlySpan<T> AsSpan() => Items.AsSpan();

    /// <summary>A copy with <paramref name="item"/> added at the end.</summary>
    /// <param name="item">The element to add.</param>
    /// <returns>The new array.</returns>
    public ValueArray<T> Add(T item) => new(Items.Add(item));

    /// <summary>A copy with <paramref name="items"/> added at the end.</summary>
    /// <param name="items">The elements to add.</param>
    /// <returns>The new array.</returns>
    public ValueArray<T> AddRange(IEnumerable<T> items) => new(Items.AddRange(items));

    /// <summary>A copy with <paramref name="item"/> inserted at <paramref name="index"/>.</summary>
    /// <param name="index">The 0-based index.</param>
    /// <param name="item">The element to insert.</param>
    /// <returns>The new array.</returns>
    public ValueArray<T> Insert(int index, T item) => new(Items.Insert(index, item));

    /// <summary>A copy with the element at <paramref name="index"/> replaced.</summary>
    /// <param name="index">The 0-based index.</param>
    /// <param name="item">The new element.</param>
    /// <returns>The new array.</returns>
    public ValueArray<T> SetItem(int index, T item) => new(Items.SetItem(index, item));

    /// <summary>A copy without the element at <paramref name="index"/>.</summary>
    /// <param name="index">The 0-based index.</param>
    /// <returns>The new array.</returns>
    public ValueArray<T> RemoveAt(int index) => new(Items.RemoveAt(index));

    // IList<T> (read-only): LINQ's fast paths (Count(), ElementAt, Last, ToArray, ToImmutableArray) test for
    // ICollection<T>/IList<T>; without them every such call enumerated the whole array through an interface.

    /// <inheritdoc/>
    T IList<T>.this[int index]
    {
        get => Items[index];
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    bool ICollection<T>.IsReadOnly => true;

    /// <inheritdoc/>
    int IList<T>.IndexOf(T item) => Items.IndexOf(item);

    /// <inheritdoc/>
    bool ICollection<T>.Contains(T item) => Items.Contains(item);

    /// <inheritdoc/>
    void ICollection<T>.CopyTo(T[] array, int arrayIndex) => Items.CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    void IList<T>.Insert(int index, T item) => throw new NotSupportedException();

    /// <inheritdoc/>
    void IList<T>.RemoveAt(int index) => throw new NotSupportedException();

    /// <inheritdoc/>
    void ICollection<T>.Add(T item) => throw new NotSupportedException();

    /// <inheritdoc/>
    void ICollection<T>.Clear() => throw new NotSupportedException();

    /// <inheritdoc/>
    bool ICollection<T>.Remove(T item) => throw new NotSupportedException();

    /// <summary>An enumerator that does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(Items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    /// <summary>Whether both arrays have the same elements in the same order.</summary>
    /// <param name="other">The other array.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ValueArray<T> other)
    {
        var a = Items;
        var b = other.Items;
        if (a.Length != b.Length)
        {
            return false;
        }

        if (a == b)
        {
            return true;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <summary>A hash code over the elements, consistent with <see cref="Equals(ValueArray{T})"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var items = Items;
        var comparer = EqualityComparer<T>.Default;
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                hash = (hash * 16777619) ^ (item is null ? 0 : comparer.GetHashCode(item));
            }

            return hash;
        }
    }

    /// <summary>A short description ("[3 items]"), for debugging.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => "[" + Length + " items]";

    /// <summary>Whether both arrays have the same elements in the same order.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Whether the arrays differ.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an immutable array (no copy; a default one becomes empty).</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator ValueArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Copies an array (a <see langword="null"/> one becomes empty).</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator ValueArray<T>(T[]? items) => items is null ? default : new(ImmutableArray.Create(items));

    /// <summary>The elements as an <see cref="ImmutableArray{T}"/> (never a default one); no copy.</summary>
    /// <param name="items">The array.</param>
    public static implicit operator ImmutableArray<T>(ValueArray<T> items) => items.Items;

    /// <summary>An enumerator over a <see cref="ValueArray{T}"/> that does not allocate.</summary>
    public struct Enumerator
    {
        private readonly ImmutableArray<T> _items;
        private int _index;

        internal Enumerator(ImmutableArray<T> items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>The current element.</summary>
        public readonly T Current => _items[_index];

        /// <summary>Moves to the next element.</summary>
        /// <returns><see langword="false"/> at the end.</returns>
        public bool MoveNext() => ++_index < _items.Length;
    }
}

/// <summary>Creates <see cref="ValueArray{T}"/> values.</summary>
public static class ValueArray
{
    /// <summary>An array of the given elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    public static ValueArray<T> Create<T>(params T[] items) => new(ImmutableArray.Create(items));

    /// <summary>An array of the given elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    public static ValueArray<T> ToValueArray<T>(this IEnumerable<T> items) => new(ImmutableArray.CreateRange(items));
}
