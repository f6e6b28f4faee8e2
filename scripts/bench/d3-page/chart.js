/* global d3 */
// The same chart drawn the way a typical D3 tutorial draws it: load the whole d3 bundle, fetch the CSV,
// then build scales, axes and bars in the browser. Used only by `npm run bench`, for comparison.
const margin = { top: 20, right: 20, bottom: 30, left: 60 };
const width = 640 - margin.left - margin.right;
const height = 320 - margin.top - margin.bottom;

d3.csv('/bench/small-boat-arrivals.csv', d3.autoType).then((data) => {
  const x = d3
    .scaleBand()
    .domain(data.map((d) => d.year))
    .range([0, width])
    .padding(0.2);
  const y = d3
    .scaleLinear()
    .domain([0, d3.max(data, (d) => d.people)])
    .nice()
    .range([height, 0]);

  const svg = d3
    .select('#chart')
    .append('svg')
    .attr('viewBox', [0, 0, width + margin.left + margin.right, height + margin.top + margin.bottom])
    .attr('role', 'img')
    .attr('aria-label', 'People detected arriving in small boats, by year')
    .append('g')
    .attr('transform', `translate(${margin.left},${margin.top})`);

  svg.append('g').attr('transform', `translate(0,${height})`).call(d3.axisBottom(x));
  svg.append('g').call(d3.axisLeft(y).ticks(5, ','));

  svg
    .selectAll('.bar')
    .data(data)
    .join('rect')
    .attr('class', 'bar')
    .attr('x', (d) => x(d.year))
    .attr('y', (d) => y(d.people))
    .attr('width', x.bandwidth())
    .attr('height', (d) => height - y(d.people))
    .attr('fill', 'currentColor');
});
